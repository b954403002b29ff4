import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { slugSchema } from "@newsquiz/article";
import { questionTypeSchema, quizDifficultySchema } from "@newsquiz/quiz";
import { createTRPCRouter, publicProcedure, userProcedure } from "../trpc";
import { clientAddressFromHeaders } from "../net/client-address";
import {
  addCoTeacher,
  addQuestion,
  editQuestion,
  listSentences,
  MAX_OPTION,
  MAX_PROMPT,
  setQuestionHidden,
  ASSIGNABLE_TYPES,
  createAssignment,
  createClass,
  deleteAssignment,
  exportAssignmentCsv,
  getAssignmentDashboard,
  getClassView,
  getStudentHistory,
  joinClass,
  leaveClass,
  listMyAssignments,
  listMyClasses,
  MAX_ASSIGNMENT_QUESTIONS,
  MAX_CLASS_NAME,
  MIN_ASSIGNMENT_QUESTIONS,
  removeMember,
  renameClass,
  setClassArchived,
  setJoinCode,
} from "../classes";

const idSchema = (what: string) =>
  z
    .string()
    .min(1, `${what} is missing.`)
    .max(64, `${what} is too long.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} is not a valid id.`);

const classNameSchema = z.string().trim().min(1, "Give the class a name.").max(MAX_CLASS_NAME, `A class name can be at most ${MAX_CLASS_NAME} characters.`);
export const classIdInput = z.object({ classId: idSchema("The class id") });
export const assignmentIdInput = z.object({ assignmentId: idSchema("The assignment id") });
export const joinClassInput = z.object({ code: z.string().trim().min(1, "Type the class code.").max(40, "A class code is 10 letters and digits.") });
export const createAssignmentInput = z.object({
  classId: idSchema("The class id"),
  slug: slugSchema,
  /** null = no due date. */
  dueAt: z.date().nullable(),
  questionCount: z.number().int().min(MIN_ASSIGNMENT_QUESTIONS, `Ask at least ${MIN_ASSIGNMENT_QUESTIONS} questions.`).max(MAX_ASSIGNMENT_QUESTIONS, `Ask at most ${MAX_ASSIGNMENT_QUESTIONS} questions.`),
  types: z
    .array(questionTypeSchema.refine((t) => ASSIGNABLE_TYPES.includes(t), "This question type cannot be assigned."))
    .min(1, "Pick at least one question type.")
    .max(ASSIGNABLE_TYPES.length)
    .transform((types) => [...new Set(types)]),
  /** Easier or harder questions than the default mix. */
  difficulty: quizDifficultySchema.default("mixed"),
});

/**
 * Classes need an account: a guest is asked to sign up first (what they did as a guest moves to the account).
 * A student or teacher has to be someone their class can recognise.
 */
const accountProcedure = userProcedure.use(({ ctx, next }) => {
  if (ctx.user.isAnonymous) throw new TRPCError({ code: "UNAUTHORIZED", message: "Classes need an account: sign up (what you did as a guest is kept) or sign in first." });
  return next();
});

const questionIdSchema = idSchema("The question id");
const promptSchema = z.string().max(MAX_PROMPT, `A question can be at most ${MAX_PROMPT} characters.`);
const optionSchema = z.string().max(MAX_OPTION, `An option can be at most ${MAX_OPTION} characters.`);
export const editQuestionInput = assignmentIdInput.extend({
  questionId: questionIdSchema,
  /** The question's version the edit started from (the dashboard's `version`). */
  version: z.string().min(1, "The question's version is missing: reload the page.").max(64, "The question's version is not valid: reload the page."),
  prompt: promptSchema,
  options: z.array(optionSchema).min(2, "Give 2 to 4 options.").max(4, "Give 2 to 4 options.").optional(),
  answer: optionSchema.optional(),
});
export const addQuestionInput = assignmentIdInput.extend({
  prompt: promptSchema,
  answer: optionSchema,
  wrong: z.array(optionSchema).min(1, "Give at least one wrong option.").max(3, "Give at most three wrong options."),
  paragraph: z.number().int().min(0).max(10_000),
  sentence: z.number().int().min(0).max(10_000),
});

export const classesRouter = createTRPCRouter({
  /** Classes the user teaches or is in now. */
  mine: accountProcedure.query(({ ctx }) => listMyClasses(ctx.db, ctx.user.id)),
  create: accountProcedure.input(z.object({ name: classNameSchema })).mutation(({ ctx, input }) => createClass(ctx.db, { userId: ctx.user.id, name: input.name })),
  /** The class page: a teacher's whole class, or a student's own assignments. */
  get: accountProcedure.input(classIdInput).query(({ ctx, input }) => getClassView(ctx.db, { userId: ctx.user.id, classId: input.classId })),
  rename: accountProcedure
    .input(classIdInput.extend({ name: classNameSchema }))
    .mutation(({ ctx, input }) => renameClass(ctx.db, { userId: ctx.user.id, classId: input.classId, name: input.name })),
  setArchived: accountProcedure
    .input(classIdInput.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => setClassArchived(ctx.db, { userId: ctx.user.id, classId: input.classId, archived: input.archived })),
  /** A new join code (`enabled: true`) or none. */
  setJoinCode: accountProcedure
    .input(classIdInput.extend({ enabled: z.boolean() }))
    .mutation(({ ctx, input }) => setJoinCode(ctx.db, { userId: ctx.user.id, classId: input.classId, enabled: input.enabled })),
  join: accountProcedure
    .input(joinClassInput)
    .mutation(({ ctx, input }) => joinClass(ctx.db, { userId: ctx.user.id, code: input.code, address: clientAddressFromHeaders(ctx.headers) })),
  leave: accountProcedure.input(classIdInput).mutation(({ ctx, input }) => leaveClass(ctx.db, { userId: ctx.user.id, classId: input.classId })),
  removeMember: accountProcedure
    .input(classIdInput.extend({ memberUserId: idSchema("The person's id") }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, { userId: ctx.user.id, classId: input.classId, memberUserId: input.memberUserId })),
  addCoTeacher: accountProcedure
    .input(classIdInput.extend({ email: z.string().trim().email("Type an email address.").max(254) }))
    .mutation(({ ctx, input }) => addCoTeacher(ctx.db, { userId: ctx.user.id, classId: input.classId, email: input.email })),
  assign: accountProcedure.input(createAssignmentInput).mutation(({ ctx, input }) => createAssignment(ctx.db, { userId: ctx.user.id, ...input })),
  deleteAssignment: accountProcedure.input(assignmentIdInput).mutation(({ ctx, input }) => deleteAssignment(ctx.db, { userId: ctx.user.id, assignmentId: input.assignmentId })),
  /** Classes the user teaches and may assign to now (not archived): the reader's "Assign to a class" (empty for a visitor or guest). */
  teaching: publicProcedure.query(async ({ ctx }) =>
    ctx.user && !ctx.user.isAnonymous
      ? (await listMyClasses(ctx.db, ctx.user.id)).filter((c) => c.role !== "student" && !c.archived).map((c) => ({ id: c.id, name: c.name }))
      : [],
  ),
  /** "Assigned to you": the student's assignments in every class they are in (empty for a visitor or guest). */
  assignedToMe: publicProcedure.query(({ ctx }) => (ctx.user && !ctx.user.isAnonymous ? listMyAssignments(ctx.db, { userId: ctx.user.id }) : [])),
  dashboard: accountProcedure.input(assignmentIdInput).query(({ ctx, input }) => getAssignmentDashboard(ctx.db, { userId: ctx.user.id, assignmentId: input.assignmentId })),
  dashboardCsv: accountProcedure.input(assignmentIdInput).query(({ ctx, input }) => exportAssignmentCsv(ctx.db, { userId: ctx.user.id, assignmentId: input.assignmentId })),
  /** Curating an assignment's questions (the quizzes drawn from then on): hide or show one, edit one, add one's own. */
  hideQuestion: accountProcedure
    .input(assignmentIdInput.extend({ questionId: questionIdSchema, hidden: z.boolean() }))
    .mutation(({ ctx, input }) => setQuestionHidden(ctx.db, { userId: ctx.user.id, ...input })),
  editQuestion: accountProcedure.input(editQuestionInput).mutation(({ ctx, input }) => editQuestion(ctx.db, { userId: ctx.user.id, ...input })),
  addQuestion: accountProcedure.input(addQuestionInput).mutation(({ ctx, input }) => addQuestion(ctx.db, { userId: ctx.user.id, ...input })),
  /** The assigned article's sentences, to pick the evidence of one's own question. */
  sentences: accountProcedure.input(assignmentIdInput).query(({ ctx, input }) => listSentences(ctx.db, { userId: ctx.user.id, assignmentId: input.assignmentId })),
  studentHistory: accountProcedure
    .input(classIdInput.extend({ studentId: idSchema("The student's id") }))
    .query(({ ctx, input }) => getStudentHistory(ctx.db, { userId: ctx.user.id, classId: input.classId, studentId: input.studentId })),
});
