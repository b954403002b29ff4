import type { Metadata } from "next";
import Link from "next/link";
import { getRequestCaller } from "@/server/caller";
import { AccountNeeded } from "@/components/classes/account-needed";
import { CreateClassForm, JoinClassForm } from "@/components/classes/class-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Classes" };

const ROLE_LABEL = { owner: "You teach", teacher: "You co-teach", student: "You are a student" } as const;

export default async function ClassesPage() {
  const caller = await getRequestCaller();
  const me = await caller.session.me();
  if (!me || me.isAnonymous) {
    return (
      <>
        <h1 className="page-title">Classes</h1>
        <p className="page-lede">A teacher assigns an article to a class; students read it and take their own quiz; the teacher sees who read it and what the class missed.</p>
        <AccountNeeded next="/classes" what="teach or join a class" />
      </>
    );
  }
  const classes = await caller.classes.mine();
  return (
    <>
      <h1 className="page-title">Classes</h1>
      <p className="page-lede">Assign an article to a class, or join your teacher&apos;s class with its code.</p>
      <section aria-labelledby="my-classes" className="class-section">
        <h2 id="my-classes" className="section-title">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <div className="empty-state">
            <h3>No classes yet</h3>
            <p>Create a class to assign articles, or join one with the code your teacher gave you.</p>
          </div>
        ) : (
          <ul className="class-list">
            {classes.map((c) => (
              <li key={c.id} className="card class-card">
                <h3>
                  <Link href={`/classes/${c.id}`}>{c.name}</Link>
                </h3>
                <p className="meta">
                  {ROLE_LABEL[c.role]}
                  {c.role !== "student" ? ` · ${c.studentCount} ${c.studentCount === 1 ? "student" : "students"}` : ""} · {c.assignmentCount}{" "}
                  {c.assignmentCount === 1 ? "assignment" : "assignments"}
                  {c.archived ? (
                    <>
                      {" "}
                      · <span className="status">archived</span>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="class-columns">
        <section aria-labelledby="join-heading" className="class-section">
          <h2 id="join-heading" className="section-title">
            Join a class
          </h2>
          <JoinClassForm />
        </section>
        <section aria-labelledby="create-heading" className="class-section">
          <h2 id="create-heading" className="section-title">
            Create a class
          </h2>
          <p className="meta">You become its teacher. Students join with the code or link the class page shows.</p>
          <CreateClassForm />
        </section>
      </div>
    </>
  );
}
