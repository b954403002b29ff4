export { classAccess, teacherAccess, readsThroughClass, type ClassAccess, type ClassRole } from "./class-access";
export { JOINS_PER_ADDRESS, JOIN_WINDOW_S, resetJoinAttempts, classWriteLimiter } from "./class-limits";
export { JOIN_CODE_LENGTH, makeJoinCode, normalizeJoinCode, formatJoinCode } from "./join-code";
export {
  addCoTeacher,
  createClass,
  joinClass,
  leaveClass,
  listMyClasses,
  removeMember,
  renameClass,
  setClassArchived,
  setJoinCode,
  MAX_CLASS_NAME,
  type ClassSummary,
} from "./manage-classes";
export {
  ASSIGNABLE_TYPES,
  MIN_ASSIGNMENT_QUESTIONS,
  MAX_ASSIGNMENT_QUESTIONS,
  assignmentDifficultyOf,
  assignmentState,
  createAssignment,
  deleteAssignment,
  drawVariant,
  listMyAssignments,
  readPool,
  variantSeedOf,
  type AssignmentState,
  type MyAssignmentView,
} from "./assignments";
export { getClassView, type ClassView, type ClassPerson, type TeacherAssignmentSummary } from "./class-view";
export {
  ASSIGNMENT_CSV_COLUMNS,
  exportAssignmentCsv,
  getAssignmentDashboard,
  getStudentHistory,
  type AssignmentDashboard,
  type DashboardQuestionRow,
  type DashboardStudentRow,
  type StudentHistory,
} from "./assignment-dashboard";
export {
  addQuestion,
  checkQuestion,
  editQuestion,
  listSentences,
  questionVersionOf,
  setQuestionHidden,
  QuestionChangedError,
  MAX_OPTION,
  MAX_PROMPT,
  POOL_WRITE_TRIES,
} from "./curate-questions";
