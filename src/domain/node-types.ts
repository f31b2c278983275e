import type { NodeType } from './model';

/** What each node type is called, in labels, legends and filters: the app's one table. */
export const NODE_TYPE_NAMES: Readonly<
  Record<NodeType, { readonly name: string; readonly plural: string }>
> = {
  issue: { name: 'Issue', plural: 'Issues' },
  position: { name: 'Position', plural: 'Positions' },
  actor: { name: 'Actor', plural: 'Actors' },
  argument: { name: 'Argument', plural: 'Arguments' },
};
