let answer: boolean | undefined;

/**
 * MapLibre 6 needs WebGL2; checking first lets the atlas explain itself instead of showing a blank
 * map. Asked once per page: creating a WebGL context is expensive where it is drawn in software
 * (about 70 ms of a cold load in headless Chromium), and the probe's context is released at once
 * so it does not count against the browser's limit of live contexts beside the map's own.
 */
export function canUseWebGL2(): boolean {
  if (answer !== undefined) return answer;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    answer = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    answer = false;
  }
  return answer;
}
