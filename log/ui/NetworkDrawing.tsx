import { useMemo, useState } from 'preact/hooks';
import type { UiLang } from '../../settings/i18n';
import { isolate } from '../bidi';
import type { LinkReason } from '../clusters';
import { NET, type NetLayout } from '../network-shape';
import type { LogEntry } from '../types';
import { t } from './strings';

export interface NetworkDrawingProps {
  network: NetLayout;
  byId: ReadonlyMap<string, LogEntry>;
  lang: UiLang;
}

/** Level letters: the drawing never tells a level by colour alone. */
const LETTER = { high: 'H', medium: 'M', low: 'L', none: '–' } as const;

/**
 * The clusters as a network: a circle per ad (colour and letter for its level), a line per
 * link (solid: phone, dashed: e-mail, dotted: text). Pointing at or focusing an ad shows why it
 * is linked, on the lines and in the caption read by screen readers. One tab stop; arrow keys
 * move between ads. The same links are in a table below and in the cluster list.
 */
export function NetworkDrawing({ network: net, byId, lang }: NetworkDrawingProps) {
  const [active, setActive] = useState<number>(-1);
  const [roving, setRoving] = useState(0);
  const at = useMemo(() => new Map(net.nodes.map((n) => [n.id, n])), [net]);
  const name = (id: string) => byId.get(id)?.title || byId.get(id)?.site || id;
  const reason = (r: LinkReason) =>
    r.kind === 'text'
      ? t('sameText', lang, { pct: Math.round(r.similarity * 100) })
      : `${t(r.kind === 'phone' ? 'samePhone' : 'sameEmail', lang)} ${isolate(r.value)}`;
  const focused = net.nodes[active];
  const mine = focused ? net.edges.filter((e) => e.a === focused.id || e.b === focused.id) : [];
  const level = (id: string) => byId.get(id)?.level ?? 'none';
  const describe = (id: string) =>
    t('netNode', lang, {
      title: isolate(name(id)),
      level: t(`level_${level(id)}`, lang),
      cluster: (at.get(id)?.cluster ?? 0) + 1,
    });

  const move = (e: KeyboardEvent, i: number) => {
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? net.nodes.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + net.nodes.length) % net.nodes.length;
    setRoving(j);
    setActive(j);
    (e.currentTarget as SVGGElement).parentElement
      ?.querySelector<SVGGElement>(`[data-i="${j}"]`)
      ?.focus();
  };

  if (net.nodes.length === 0) return null;
  return (
    <section class="network" aria-labelledby="network-h">
      <h2 id="network-h">{t('network', lang)}</h2>
      <p class="muted">{t('networkIntro', lang)}</p>
      {net.omitted > 0 && <p>{t('networkOmitted', lang, { n: net.omitted })}</p>}
      <ul class="net-legend">
        {(['high', 'medium', 'low', 'none'] as const).map((l) => (
          <li key={l}>
            <span class={`net-key level-${l}`} aria-hidden="true">
              {LETTER[l]}
            </span>{' '}
            {t(`level_${l}`, lang)}
          </li>
        ))}
        <li>
          <span class="net-line phone" aria-hidden="true" /> {t('phoneKind', lang)}
        </li>
        <li>
          <span class="net-line email" aria-hidden="true" /> {t('emailKind', lang)}
        </li>
        <li>
          <span class="net-line text" aria-hidden="true" /> {t('textKind', lang)}
        </li>
      </ul>
      <svg
        class="net"
        viewBox={`0 0 ${net.width} ${net.height}`}
        role="group"
        aria-label={t('netLabel', lang, { ads: net.nodes.length, clusters: net.boxes.length })}
        onMouseLeave={() => setActive(-1)}
      >
        {net.boxes.map((b) => (
          <g key={b.cluster} class="net-box">
            <rect x={b.x + 4} y={b.y + 4} width={b.width - 8} height={b.height - 8} rx={10} />
            <text x={b.x + 12} y={b.y + 20}>
              {b.cluster + 1}
            </text>
          </g>
        ))}
        {net.edges.map((e, i) => {
          const [p, q] = [at.get(e.a)!, at.get(e.b)!];
          const on = !!focused && (e.a === focused.id || e.b === focused.id);
          return (
            <line
              key={i}
              x1={p.x}
              y1={p.y}
              x2={q.x}
              y2={q.y}
              class={`net-edge ${e.reason.kind}${on ? ' on' : ''}`}
            >
              <title>{reason(e.reason)}</title>
            </line>
          );
        })}
        {net.nodes.map((n, i) => (
          <g
            key={n.id}
            data-i={i}
            class={`net-node level-${level(n.id)}${i === active ? ' on' : ''}`}
            transform={`translate(${n.x} ${n.y})`}
            role="button"
            tabIndex={i === roving ? 0 : -1}
            aria-label={describe(n.id)}
            onFocus={() => {
              setActive(i);
              setRoving(i);
            }}
            onMouseEnter={() => setActive(i)}
            onKeyDown={(e) => move(e, i)}
          >
            <circle r={NET.node} />
            <text dy="0.35em" aria-hidden="true">
              {LETTER[level(n.id)]}
            </text>
          </g>
        ))}
        {mine.map((e, i) => {
          // Two thirds of the way out from the chosen ad: its labels fan out instead of piling up.
          const p = at.get(focused!.id)!;
          const q = at.get(e.a === focused!.id ? e.b : e.a)!;
          return (
            <text
              key={`r${i}`}
              class="net-reason"
              x={p.x + (q.x - p.x) * 0.67}
              y={p.y + (q.y - p.y) * 0.67}
              aria-hidden="true"
            >
              {reason(e.reason)}
            </text>
          );
        })}
      </svg>
      <p class="net-caption" aria-live="polite">
        {focused
          ? `${describe(focused.id)}. ${t('netLinked', lang)}: ${mine
              .map((e) => `${isolate(name(e.a === focused.id ? e.b : e.a))} (${reason(e.reason)})`)
              .join('; ')}`
          : t('netHint', lang)}
      </p>
      <details class="net-table">
        <summary>{t('netAsList', lang)}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('clusterCol', lang)}</th>
              <th scope="col">{t('adCol', lang)}</th>
              <th scope="col">{t('adCol', lang)}</th>
              <th scope="col">{t('why', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {net.edges.map((e, i) => (
              <tr key={i}>
                <td>{(at.get(e.a)?.cluster ?? 0) + 1}</td>
                <td>{isolate(name(e.a))}</td>
                <td>{isolate(name(e.b))}</td>
                <td>{reason(e.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
