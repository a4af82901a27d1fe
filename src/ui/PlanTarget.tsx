/**
 * A return item's planned date, honestly: the plan's own words (「2022年度又はその後」, in English
 * "fiscal 2022 or later"), and, for an item still pending once that year has ended, that the target
 * has passed and the date of the source that says it is not yet returned.
 */
import { planTargetYear, targetHasPassed } from '../data/featureFacts';
import type { Status } from '../data/schema';
import { formatPartialDate } from '../i18n/format';
import { translate, type Lang } from '../i18n/strings';

/** Today as YYYY-MM-DD in Japan's time (the plans' fiscal years are Japan's). */
const todayInJapan = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

export function PlanTarget({ status, lang }: { status: Status; lang: Lang }) {
  const target = status.planTarget;
  if (!target) return null;
  const year = planTargetYear(target);
  const words =
    lang === 'en' && year ? (
      translate(lang, 'fiscalOrLater', { year: year.fiscalYear })
    ) : (
      <span lang="ja">「{target}」</span>
    );
  const overdue = status.code === 'pending' && targetHasPassed(target, todayInJapan());
  return (
    <span className="plan-target" data-overdue={overdue || undefined}>
      {words}
      {overdue && ` ${translate(lang, 'targetPassed', { date: formatPartialDate(status.asOf, lang) })}`}
    </span>
  );
}
