import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { NodeType } from './model';
import { readerText } from './reader-text';

interface TypeName {
  readonly name: string;
  readonly plural: string;
}

/** A name pair read at access time, so it is always in the current language. */
function typeName(name: MessageDescriptor, plural: MessageDescriptor): TypeName {
  return {
    get name() {
      return readerText(name);
    },
    get plural() {
      return readerText(plural);
    },
  };
}

/** What each node type is called, in labels, legends and filters: the app's one table. */
export const NODE_TYPE_NAMES: Readonly<Record<NodeType, TypeName>> = {
  issue: typeName(msg`Issue`, msg`Issues`),
  position: typeName(msg`Position`, msg`Positions`),
  actor: typeName(msg`Actor`, msg`Actors`),
  argument: typeName(msg`Argument`, msg`Arguments`),
};
