import type { UiLang } from '../../settings/i18n';
import { clusterView, type ClusterView } from '../cluster-view';
import type { Cluster, LinkReason } from '../clusters';
import type { LogEntry } from '../types';
import { isolate } from '../bidi';
import { Bdi, BdiList } from './Bdi';
import { t } from './strings';

export interface ClusterListProps {
  /** Null while the worker is still clustering. */
  clusters: Cluster[] | null;
  /** The investigation the clusters are limited to, if one is picked. */
  investigation?: string;
  byId: ReadonlyMap<string, LogEntry>;
  lang: UiLang;
}

const SHOWN = 50;

/** Clusters of saved ads, each with its facts, its links and reasons, and its template. */
export function ClusterList({ clusters, investigation, byId, lang }: ClusterListProps) {
  return (
    <section class="clusters" aria-labelledby="clusters-h" aria-busy={clusters === null}>
      <h2 id="clusters-h">
        {investigation
          ? t('clustersIn', lang, { name: isolate(investigation) })
          : t('clusters', lang)}
      </h2>
      <p class="muted">{t('clustersIntro', lang)}</p>
      {clusters === null ? (
        <p role="status">{t('clustering', lang)}</p>
      ) : clusters.length === 0 ? (
        <p>{t('noClusters', lang)}</p>
      ) : (
        <>
          {clusters.length > SHOWN && (
            <p>{t('clustersShown', lang, { shown: SHOWN, total: clusters.length })}</p>
          )}
          <ol class="cluster-list">
            {clusters.slice(0, SHOWN).map((c, i) => (
              <ClusterItem key={c.ids[0]} n={i + 1} view={clusterView(c, byId)} lang={lang} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const day = (iso: string) => iso.slice(0, 10);

function ClusterItem({ n, view: v, lang }: { n: number; view: ClusterView; lang: UiLang }) {
  const title = (id: string) => {
    const e = v.entries.find((x) => x.id === id);
    return e ? e.title || e.site : id;
  };
  const most = Math.max(...v.perDay.map((d) => d.count));
  return (
    <li class="cluster" data-size={v.entries.length}>
      <details>
        <summary>
          {t('clusterSummary', lang, {
            n,
            ads: v.entries.length,
            dates: day(v.first) === day(v.last) ? day(v.first) : `${day(v.first)} – ${day(v.last)}`,
            sites: v.sites.length,
          })}
        </summary>
        <dl class="cluster-facts">
          <dt>{t('firstSaved', lang)}</dt>
          <dd>{day(v.first)}</dd>
          <dt>{t('lastSaved', lang)}</dt>
          <dd>{day(v.last)}</dd>
          <dt>{t('perDay', lang)}</dt>
          <dd>
            <ul class="per-day">
              {v.perDay.map((d) => (
                <li key={d.day}>
                  <span>{d.day}</span>
                  <span
                    class="bar"
                    aria-hidden="true"
                    style={{ width: `${(d.count / most) * 6}rem` }}
                  />
                  <span>{d.count}</span>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('sites', lang)}</dt>
          <dd>
            <BdiList items={v.sites} />
          </dd>
          {v.places.length > 0 && (
            <>
              <dt>{t('places', lang)}</dt>
              <dd class="places">
                {v.places.map((p, i) => (
                  <span key={p.name}>
                    {i > 0 && ', '}
                    <Bdi text={p.name} /> ({p.count})
                  </span>
                ))}
              </dd>
            </>
          )}
          {v.contacts.length > 0 && (
            <>
              <dt>{t('contacts', lang)}</dt>
              <dd>
                {v.contacts.map((c, i) => (
                  <span key={c.value}>
                    {i > 0 && ', '}
                    <Bdi text={c.value} /> ({c.count})
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        <h3>{t('whyLinked', lang)}</h3>
        <ul class="cluster-links">
          {v.links.map((l) => (
            <li key={`${l.a}>${l.b}>${l.reason.kind}`}>
              <Bdi text={title(l.a)} /> – <Bdi text={title(l.b)} />:{' '}
              <strong>{reason(l.reason, lang)}</strong>
            </li>
          ))}
        </ul>
        {v.template && (
          <>
            <h3>{t('template', lang)}</h3>
            <p class="muted">{t('templateIntro', lang, { others: v.template.others })}</p>
            <p class="template" dir="auto">
              {v.template.tokens.map((tok, i) =>
                tok.differs ? <mark key={i}>{tok.text}</mark> : tok.text,
              )}
            </p>
          </>
        )}
      </details>
    </li>
  );
}

function reason(r: LinkReason, lang: UiLang) {
  if (r.kind === 'text') return t('sameText', lang, { pct: Math.round(r.similarity * 100) });
  return (
    <>
      {t(r.kind === 'phone' ? 'samePhone' : 'sameEmail', lang)} <Bdi text={r.value} />
    </>
  );
}
