import { describe, expect, it } from "vitest";
import { checkSmart, decomposeVision, draftGoals, type CapabilityInput, type MilestoneInput, type VisionInput } from "../../src/index.ts";
import { frozenCopy, medicalAiProductLead, seniorEngineer, sustainableEnergyFounder } from "./fixtures.ts";

const sixMonths: MilestoneInput = { id: "m-6m", title: "6-month milestone", dueDate: "2026-07-05", capabilityIds: ["system-design"] };

describe("draftGoals", () => {
  it("returns one goal per capability naming the result to show, with its metric and deadline", () => {
    expect(draftGoals(sixMonths, seniorEngineer)).toEqual([
      {
        id: "g-system-design",
        title: "Practise system design and show it through a side project applying the course by July 5, 2026",
        milestoneId: "m-6m",
        bucket: "core",
        capabilityIds: ["system-design"],
        startDate: "2026-01-05",
        dueDate: "2026-07-05",
        effortHours: 60,
        metric: { metric: "a side project applying the course", target: 1, baseline: 0 },
        backup: "If no work project fits, practise system design on a side project and ask a peer for written feedback",
      },
    ]);
  });

  it("returns goals starting at asOf when it is given", () => {
    expect(draftGoals(sixMonths, seniorEngineer, { asOf: "2026-03-01" })[0]?.startDate).toBe("2026-03-01");
  });

  it("returns goals starting when the schedule says their prerequisites are ready", () => {
    const { milestones, schedule } = decomposeVision(seniorEngineer, { hoursPerWeek: 6 });
    const oneYear = milestones.find((milestone) => milestone.capabilityIds?.includes("feature-ownership"))!;
    const goal = draftGoals(oneYear, seniorEngineer, { schedule }).find((draft) => draft.id === "g-feature-ownership");
    expect(goal?.startDate).toBe(schedule.find((entry) => entry.capabilityId === "system-design")?.readyDate);
    expect(goal?.startDate).not.toBe(seniorEngineer.startDate);
  });

  it("returns the bucket of the capability's kind", () => {
    const milestone = { ...sixMonths, capabilityIds: ["mentoring", "system-design"] };
    expect(draftGoals(milestone, seniorEngineer).map((goal) => [goal.id, goal.bucket])).toEqual([["g-mentoring", "auxiliary"], ["g-system-design", "core"]]);
  });

  describe("phrasing by what the capability is", () => {
    const titleFor = (capability: Omit<CapabilityInput, "id">) =>
      draftGoals({ ...sixMonths, capabilityIds: ["c"] }, { ...seniorEngineer, capabilities: [{ id: "c", ...capability }] })[0]?.title;

    it("returns a skill practised on work projects with written feedback, more for more effort", () => {
      expect(titleFor({ name: "Cross-team influence", effortHours: 80 })).toBe("Practise cross-team influence on 2 work projects and get written feedback on each by July 5, 2026");
      expect(titleFor({ name: "Mentoring", effortHours: 10 })).toBe("Practise mentoring on 1 work project and get written feedback on it by July 5, 2026");
    });

    it("returns knowledge studied into a written summary", () => {
      expect(titleFor({ name: "Medical device regulation", effortHours: 60 })).toBe("Study medical device regulation and write a 3-page summary of what applies to your work by July 5, 2026");
      expect(titleFor({ name: "Statistics", source: "knowledge", effortHours: 20 })).toBe("Study statistics and write a 1-page summary of what applies to your work by July 5, 2026");
    });

    it("returns a technology used to build small projects on real questions, its name kept as written", () => {
      expect(titleFor({ name: "SQL", effortHours: 40 })).toBe("Use SQL to build 1 small project answering a real question from your work, and publish it with notes by July 5, 2026");
      expect(titleFor({ name: "Tableau", source: "technology", effortHours: 90 })).toBe("Use Tableau to build 2 small projects answering a real question from your work, and publish them with notes by July 5, 2026");
    });

    it("returns an outcome as the goal itself, never hours of work on it (bug: 'Complete 40 hours of focused work on Land a PM role')", () => {
      expect(titleFor({ name: "Land a PM role", effortHours: 40 })).toBe("Land a PM role by July 5, 2026");
      expect(titleFor({ name: "Staff engineer promotion", source: "custom" })).toBe("Reach staff engineer promotion by July 5, 2026");
    });

    it("returns the capability's evidence as the result to show", () => {
      expect(titleFor({ name: "Competitive analysis", effortHours: 36, evidence: "3 competitive analysis reports." })).toBe(
        "Practise competitive analysis and show it through 3 competitive analysis reports by July 5, 2026",
      );
      expect(titleFor({ name: "API design", effortHours: 1, evidence: "API review notes" })).toBe("Practise API design and show it through API review notes by July 5, 2026");
    });

    it("keeps ratings and codes out of the title (bug: O*NET importance pasted into drafts)", () => {
      const title = titleFor({ name: "Programming", effortHours: 80, evidence: "O*NET® importance 3.62/5, level 4/7 (Web Developers, 15-1254.00)" });
      expect(title).toBe("Practise programming on 2 work projects and get written feedback on each by July 5, 2026");
      expect(title).not.toMatch(/\d\/\d|O\*NET|15-1254/);
    });

    it("never words a draft as hours of work alone", () => {
      for (const name of ["Mentoring", "Statistics knowledge", "Python", "Land a PM role", "Public speaking"]) {
        expect(titleFor({ name, effortHours: 40 })).not.toMatch(/\bhours?\b/);
      }
    });
  });

  it("returns a counted metric from counted evidence, and no effort fields without effort", () => {
    const vision: VisionInput = { ...seniorEngineer, capabilities: [{ id: "talk", name: "Public speaking", evidence: "2 talks at a meetup." }] };
    const [goal] = draftGoals({ ...sixMonths, capabilityIds: ["talk"] }, vision);
    expect(goal?.metric).toEqual({ metric: "talks at a meetup", target: 2, baseline: 0 });
    expect(goal).not.toHaveProperty("effortHours");
  });

  it("never reuses an id: one taken gets the milestone, then a number (drafting twice makes no duplicates)", () => {
    const first = draftGoals(sixMonths, seniorEngineer);
    const second = draftGoals(sixMonths, seniorEngineer, { takenIds: first.map((goal) => goal.id) });
    const third = draftGoals(sixMonths, seniorEngineer, { takenIds: [...first, ...second].map((goal) => goal.id) });
    expect([first[0]?.id, second[0]?.id, third[0]?.id]).toEqual(["g-system-design", "g-system-design-6m", "g-system-design-6m-2"]);
  });

  it("skips capability ids the vision does not know, and repeated ids", () => {
    const milestone = { ...sixMonths, capabilityIds: ["ghost", "system-design", "system-design"] };
    expect(draftGoals(milestone, seniorEngineer).map((goal) => goal.id)).toEqual(["g-system-design"]);
  });

  it("returns no goals for a milestone without capabilities", () => {
    expect(draftGoals({ id: "m", title: "M", dueDate: "2027-01-05" }, seniorEngineer)).toEqual([]);
  });

  it("returns one draft per capability over all milestones of the decomposed seed visions", () => {
    for (const [vision, hours] of [[sustainableEnergyFounder, 8], [medicalAiProductLead, 6]] as const) {
      const { milestones } = decomposeVision(vision, { hoursPerWeek: hours });
      const goals = milestones.flatMap((milestone) => draftGoals(milestone, vision));
      expect(goals.map((goal) => goal.id).sort()).toEqual((vision.capabilities ?? []).map((capability) => `g-${capability.id}`).sort());
      expect(goals.every((goal) => / by [A-Z][a-z]+ \d{1,2}, \d{4}$/.test(goal.title))).toBe(true);
    }
  });

  it("returns drafts checkSmart finds specific, measurable and time-bound, and not unachievable, with their plan", () => {
    const talk: VisionInput = { ...seniorEngineer, capabilities: [{ id: "talk", name: "Public speaking", evidence: "A talk at a meetup" }] };
    const cases = [[seniorEngineer, 6], [sustainableEnergyFounder, 8], [medicalAiProductLead, 6], [talk, 6]] as const;
    for (const [vision, hoursPerWeek] of cases) {
      const { milestones, schedule } = decomposeVision(vision, { hoursPerWeek });
      const goals = milestones.flatMap((milestone) => draftGoals(milestone, vision, { schedule }));
      const plan = { vision, milestones, goals, hoursPerWeek };
      for (const goal of goals) {
        const { criteria, deadline } = checkSmart(goal, { asOf: vision.startDate, plan });
        expect([goal.title, criteria.specific.status, criteria.measurable.status, criteria.timeBound.status, deadline]).toEqual([goal.title, "pass", "pass", "pass", goal.dueDate]);
        expect([goal.title, criteria.achievable.status]).not.toEqual([goal.title, "fail"]);
        // The title alone says when, too.
        expect(checkSmart(goal.title, { asOf: vision.startDate }).deadline).toBe(goal.dueDate);
      }
    }
  });

  it("throws a RangeError for an asOf that is not a calendar date", () => {
    expect(() => draftGoals(sixMonths, seniorEngineer, { asOf: "2026-02-30" })).toThrow(/draftGoals: options.asOf must be a calendar date/);
  });

  it("throws a RangeError for a milestone due date that is not a calendar date", () => {
    expect(() => draftGoals({ ...sixMonths, dueDate: "soon" }, seniorEngineer)).toThrow(/draftGoals: milestone.dueDate/);
  });

  it("does not mutate its input", () => {
    const milestone = frozenCopy(sixMonths);
    const vision = frozenCopy(seniorEngineer);
    draftGoals(milestone, vision, frozenCopy({ asOf: "2026-03-01" }));
    expect(vision).toEqual(seniorEngineer);
    expect(milestone).toEqual(sixMonths);
  });
});
