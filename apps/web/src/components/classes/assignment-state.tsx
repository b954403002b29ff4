import type { AssignmentState } from "@newsquiz/api";

const LABEL: Record<AssignmentState, string> = { "to-do": "to do", late: "late", done: "done", "done-late": "done late" };

/** Due/late/done of an assignment as a small label (text, not colour alone). */
export function AssignmentStateMark({ state }: { state: AssignmentState }) {
  return <span className={`status state-${state}`}>{LABEL[state]}</span>;
}
