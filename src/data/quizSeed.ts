/**
 * A new quiz's seed: the same seed gives the same questions (a teacher's link carries it). A module
 * of its own, so the class-sharing panel can make one without loading the quiz.
 */
export const newQuizSeed = () => Math.floor(Math.random() * 1_000_000);
