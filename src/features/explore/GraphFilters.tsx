// The filters above the graph: node types, actor kinds, issue focus, the
// neighbourhood of the selection, and graph or list.
import { Trans, useLingui } from '@lingui/react/macro';
import { actorKindLabel } from '../../domain/actor-kind';
import { NODE_TYPES, type IssueId } from '../../domain/model';
import type { Neighbourhood } from '../../store/app-store';
import { useAppStore, useAppStoreShallow } from '../../store/store-context';
import { useMediaQuery } from '../../ui/use-media-query';
import { IssueOptions } from '../../ui/IssueOptions';
import { LabelledSelect } from '../../ui/LabelledSelect';

/** `folded`: closed at every width until opened (embeds), not only on phones. */
export function GraphFilters({ folded = false }: { folded?: boolean }) {
  const debate = useAppStore((s) => s.debate);
  const types = useAppStore((s) => s.types);
  const hiddenKinds = useAppStore((s) => s.hiddenActorKinds);
  const issue = useAppStore((s) => s.issue);
  const listMode = useAppStore((s) => s.listMode);
  const { setTypes, toggleActorKind, setIssue, setListMode } = useAppStoreShallow((s) => ({
    setTypes: s.setTypes,
    toggleActorKind: s.toggleActorKind,
    setIssue: s.setIssue,
    setListMode: s.setListMode,
  }));
  const wide = useMediaQuery('(min-width: 48rem)');
  const { t } = useLingui();
  if (!debate) return null;
  const typeNames = {
    issue: t`Issues`,
    position: t`Positions`,
    actor: t`Actors`,
    argument: t`Arguments`,
  };
  const shown = kindsShown(debate, hiddenKinds.length);

  return (
    // On phones the filters fold away behind one summary, so the graph gets the screen.
    <details className="filters-panel" open={wide && !folded}>
      <summary className="filters-panel__summary">
        <Trans>Filters and display</Trans>
      </summary>
      <div className="filters" role="group" aria-label={t`Graph filters`}>
        <fieldset className="filters__group">
          <legend>
            <Trans>Show</Trans>
          </legend>
          {NODE_TYPES.map((type) => (
            <label key={type} className={`chip chip--${type}`}>
              <input
                type="checkbox"
                checked={types.includes(type)}
                disabled={types.length === 1 && types.includes(type)}
                onChange={(e) =>
                  setTypes(e.target.checked ? [...types, type] : types.filter((t) => t !== type))
                }
              />
              {typeNames[type]}
            </label>
          ))}
        </fieldset>

        <details className="filters__menu">
          <summary>
            {hiddenKinds.length > 0
              ? t`Actor kinds (${shown.visible} of ${shown.all})`
              : t`Actor kinds`}
          </summary>
          <fieldset className="filters__popover">
            <legend className="visually-hidden">
              <Trans>Actor kinds to show</Trans>
            </legend>
            {shown.kinds.map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={!hiddenKinds.includes(kind)}
                  onChange={() => toggleActorKind(kind)}
                />{' '}
                {actorKindLabel(kind)}
              </label>
            ))}
          </fieldset>
        </details>

        <LabelledSelect
          className="filters__field"
          label={<Trans>Focus</Trans>}
          value={issue ?? ''}
          onChange={(e) => setIssue((e.target.value || null) as IssueId | null)}
        >
          <option value="">{t`All issues`}</option>
          <IssueOptions issues={debate.issues} />
        </LabelledSelect>

        <NeighbourhoodField />

        <div className="segmented" role="group" aria-label={t`Show the graph as`}>
          <button type="button" aria-pressed={!listMode} onClick={() => setListMode(false)}>
            <Trans>Graph</Trans>
          </button>
          <button type="button" aria-pressed={listMode} onClick={() => setListMode(true)}>
            <Trans>List</Trans>
          </button>
        </div>
      </div>
    </details>
  );
}

/**
 * How far around the selection the graph shows, usable once a node is selected. Its own
 * component, so that a click on a node re-renders this field, not every filter (the
 * issue menu lists every issue).
 */
function NeighbourhoodField() {
  const { t } = useLingui();
  const neighbourhood = useAppStore((s) => s.neighbourhood);
  const selected = useAppStore((s) => s.selected !== null);
  const setNeighbourhood = useAppStore((s) => s.setNeighbourhood);
  return (
    <LabelledSelect
      className="filters__field"
      label={<Trans>Around the selection</Trans>}
      value={neighbourhood}
      disabled={!selected}
      title={selected ? undefined : t`Select a node first`}
      onChange={(e) => setNeighbourhood(Number(e.target.value) as Neighbourhood)}
    >
      <option value={0}>{t`Everything`}</option>
      <option value={1}>{t`1 step`}</option>
      <option value={2}>{t`2 steps`}</option>
    </LabelledSelect>
  );
}

/** The debate's actor kinds, and how many of them are shown. */
function kindsShown(
  debate: { readonly actors: readonly { readonly actorKind: string }[] },
  hidden: number,
) {
  const kinds = [...new Set(debate.actors.map((a) => a.actorKind))].sort();
  return { kinds, all: kinds.length, visible: kinds.length - hidden };
}
