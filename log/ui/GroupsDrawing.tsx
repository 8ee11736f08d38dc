import { isolate } from '../bidi';
import { layoutGroups } from '../graph-layout';
import type { ContactGroup } from '../group';
import type { LogEntry } from '../types';
import { t } from './strings';
import type { UiLang } from '../../settings/i18n';

export interface GroupsDrawingProps {
  groups: ContactGroup[];
  entries: LogEntry[];
  lang: UiLang;
  /** Drawing width in CSS pixels (narrower in the side panel). */
  width?: number;
}

/** SVG of the contact groups; the table beside it carries the same facts for screen readers. */
export function GroupsDrawing({ groups, entries, lang, width }: GroupsDrawingProps) {
  const l = layoutGroups(groups, entries, width);
  if (l.nodes.length === 0) return null;
  return (
    <svg
      class="groups-drawing"
      viewBox={`0 0 ${l.width} ${l.height}`}
      width={l.width}
      role="img"
      aria-label={t('drawing', lang, { groups: l.bands.length })}
    >
      {l.bands.map((b, i) => (
        <rect
          key={i}
          x={2}
          y={b.y + 3}
          width={l.width - 4}
          height={b.height - 6}
          rx={8}
          class="band"
        />
      ))}
      {l.edges.map((e) => (
        <line key={`${e.from}>${e.to}`} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} class="edge" />
      ))}
      {l.nodes.map((n) =>
        n.kind === 'contact' ? (
          <g key={n.key} class="node contact">
            <rect x={6} y={n.y - 16} width={n.x - 6} height={32} rx={6} />
            <text x={n.x - 8} y={n.y - 2} text-anchor="end">
              {isolate(n.label)}
            </text>
            <text x={n.x - 8} y={n.y + 11} text-anchor="end" class="sub">
              {n.sub === 'phone'
                ? t('phoneKind', lang)
                : n.sub === 'email'
                  ? t('emailKind', lang)
                  : isolate(n.sub)}
            </text>
          </g>
        ) : (
          <g key={n.key} class="node ad">
            <circle cx={n.x} cy={n.y} r={7} />
            <text x={n.x + 14} y={n.y - 2}>
              {isolate(n.label)}
            </text>
            <text x={n.x + 14} y={n.y + 11} class="sub">
              {isolate(n.sub)}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
