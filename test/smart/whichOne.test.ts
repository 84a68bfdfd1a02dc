// Specific asks "which one?" of generic career objects, and measurable counts
// observable results (a named book read, an exam passed, a promotion).
import { describe, expect, it } from "vitest";
import { checkSmart } from "../../src/index.ts";

const status = (text: string, criterion: "specific" | "measurable") => checkSmart(text, { asOf: "2026-11-22" }).criteria[criterion].status;

describe("checkSmart on generic career objects", () => {
  it.each(["Earn a certificate", "Get a promotion", "Build my network", "Update my resume", "Find an internship", "Get a new job by June 2027", "Take a course next quarter"])(
    "fails specific on %j: it does not say which one",
    (text) => {
      const verdict = checkSmart(text).criteria.specific;
      expect(verdict.status).toBe("fail");
      expect(verdict.reason).toMatch(/which one/);
    },
  );

  it.each([
    "Earn the CKA certification",
    "Get promoted to senior engineer",
    "Land a summer internship in hospital data analytics",
    "Rewrite my resume around 3 shipped projects",
    "Apply to 20 product manager roles",
    "Earn my Google Project Management certificate",
    "Take the Epic analyst training at St. Mary's",
  ])("passes specific on %j: a name, level, field or number says which one", (text) => {
    expect(status(text, "specific")).toBe("pass");
  });

  it("does not take a time phrase after the object for its qualifier", () => {
    expect(status("Earn a certificate in 6 months", "specific")).toBe("fail");
    expect(status("Find a job in the coming weeks", "specific")).toBe("fail");
  });

  it("judges the goal's object, not a noun that modifies another or sits in a detail", () => {
    expect(status("Present at the team meeting every Monday", "specific")).toBe("pass");
    expect(status("Lead the weekly stand-up for my team", "specific")).toBe("pass");
    expect(status("Publish a portfolio website by the next performance review", "specific")).toBe("pass");
  });

  it("ignores capitals when the whole goal is written in title case", () => {
    expect(status("Earn A Certificate By June 2027", "specific")).toBe("fail");
  });
});

describe("checkSmart on observable results", () => {
  it.each([
    'Read "Designing Data-Intensive Applications" by February 2027',
    "Read Atomic Habits this month",
    "Present the Q3 churn dashboard to the leadership team",
    "Pass the AWS Solutions Architect exam",
    "Publish my first iOS app on the App Store",
    "Ship the offline mode",
    "Get promoted to Staff Engineer",
    "Become a team lead for the payments squad",
    "Move into a product analyst role",
    "Land an internship",
  ])("passes measurable on %j", (text) => {
    expect(status(text, "measurable")).toBe("pass");
  });

  it.each(["Become a better manager", "Read more books on management", "Build my network", "Think about my career"])("fails measurable on %j", (text) => {
    expect(status(text, "measurable")).toBe("fail");
  });
});

describe("the hint of a generic object", () => {
  it("asks which one, with examples of a name, a level or field and a number", () => {
    const issue = checkSmart("Earn a certificate by the end of 2027").issues.find((candidate) => candidate.code === "smart/not-specific");
    expect(issue?.hint).toMatch(/^Say which one/);
    expect(checkSmart("Get better at SQL by 2027").issues.find((candidate) => candidate.code === "smart/not-specific")?.hint).toMatch(/^Say exactly what/);
  });
});
