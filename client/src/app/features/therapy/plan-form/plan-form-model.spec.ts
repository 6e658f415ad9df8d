import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';

import { therapyPlan } from '../testing/therapy-fixture';
import { controlPath, toContent } from './plan-form-content';
import { buildPlanForm, goalGroup } from './plan-form-model';

describe('the therapy plan form model', () => {
  const children = [
    { id: 'c0', name: 'Eetu Virtanen' },
    { id: 'c1', name: 'Aino Virtanen' },
  ];
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('gives back what the plan said when nothing is changed (the next version carries it all)', () => {
    const plan = therapyPlan({
      clientPlanGoals: [{ childId: 'c1', goalId: 'g-school' }],
      childViews: [{ childId: 'c1', words: 'Haluan rauhaa.' }],
      dissentingViews: 'Isä ei pidä riitoja ongelmana.',
    });
    const content = toContent(buildPlanForm(fb(), plan, children, 'c1'), children);
    expect(content).toEqual(
      jasmine.objectContaining({
        childIds: ['c1'],
        clientPlanGoals: [{ childId: 'c1', goalId: 'g-school' }],
        startDate: plan.startDate,
        referralQuestion: plan.referralQuestion,
        participants: plan.participants,
        goals: plan.goals,
        plannedSessions: plan.plannedSessions,
        methods: plan.methods,
        measurementSchedule: plan.measurementSchedule,
        estimatedDurationMonths: 9,
        dissentingViews: 'Isä ei pidä riitoja ongelmana.',
        childViews: [{ childId: 'c1', words: 'Haluan rauhaa.' }],
      }),
    );
  });

  it('starts a new plan from the chosen child and leaves empty optional texts out', () => {
    const form = buildPlanForm(fb(), null, children, 'c1');
    form.controls.goals.push(goalGroup({ text: 'Uusi tavoite', reviewDate: '2026-12-01' }));
    const content = toContent(form, children);
    expect(content.childIds).toEqual(['c1']);
    expect(content.referralQuestion.familyWords).toBeUndefined();
    expect(content.strengths).toBeUndefined();
    expect(content.goals).toEqual([
      { id: undefined, text: 'Uusi tavoite', reviewDate: '2026-12-01', status: 'open', progressNotes: [] },
    ]);
    expect(content.measurementSchedule).toEqual(['baseline', 'session_4', 'six_months', 'end']);
  });

  it('finds the field of a server message, or none for the checkbox lists (they go above the form)', () => {
    const form = buildPlanForm(fb(), therapyPlan(), children, 'c1');
    const sent = { ...toContent(form, children), childViews: [{ childId: 'c1', words: 'x' }] };
    expect(controlPath('plan.goals.0.reviewDate', form, children, sent)).toBe('goals.0.reviewDate');
    expect(controlPath('plan.childViews.0.words', form, children, sent)).toBe('childViews.1');
    expect(controlPath('plan.participants.1.personId', form, children, sent)).toBe('participants.1.name');
    expect(controlPath('plan.childIds.0', form, children, sent)).toBeNull();
    expect(controlPath('plan.goals', form, children, sent)).toBeNull();
    expect(controlPath('baseVersion', form, children, sent)).toBeNull();
  });
});
