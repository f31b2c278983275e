// The legend: every mark the graph uses, drawn from the same table as the graph.
import { Trans, useLingui } from '@lingui/react/macro';
import { NODE_TYPES } from '../../domain/model';
import { EDGE_LEGEND, NODE_SHAPE, shapePath } from '../node-style';

export function Legend() {
  const { t } = useLingui();
  return (
    <div className="legend">
      <h3 className="legend__title">
        <Trans>Nodes</Trans>
      </h3>
      <ul className="legend__list">
        {NODE_TYPES.map((type) => (
          <li key={type} className={`node node--${type}`}>
            <svg width="28" height="28" viewBox="-14 -14 28 28" aria-hidden="true">
              <path className="node__shape" d={shapePath(type, type === 'issue' ? 11 : 8)} />
            </svg>
            {NODE_SHAPE[type].name}
          </li>
        ))}
      </ul>
      <h3 className="legend__title">
        <Trans>Links</Trans>
      </h3>
      <ul className="legend__list">
        {Object.entries(EDGE_LEGEND).map(([kind, meaning]) => (
          <li key={kind}>
            <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
              <line
                className={`edge edge--${kind}`}
                x1="1"
                y1="6"
                x2={kind === 'supports' || kind === 'attacks' ? 28 : 35}
                y2="6"
              />
              {kind === 'supports' && <path className="legend__arrow" d="M27,1L35,6L27,11z" />}
              {kind === 'attacks' && <path className="legend__bar" d="M31,0h3v12h-3z" />}
            </svg>
            {t(meaning)}
          </li>
        ))}
      </ul>
      <p className="legend__note">
        <Trans>
          Size grows with the number of links. A dashed ring marks keyboard focus; a solid ring, the
          selection; a yellow ring, a search match.
        </Trans>
      </p>
    </div>
  );
}
