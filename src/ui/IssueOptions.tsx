import type { IssueNode } from '../domain/model';

/** The debate's issues as a select's options, by question, in the debate's order. */
export function IssueOptions({ issues }: { issues: readonly IssueNode[] }) {
  return issues.map((issue) => (
    <option key={issue.id} value={issue.id}>
      {issue.question}
    </option>
  ));
}
