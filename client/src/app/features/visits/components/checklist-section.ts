import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { CHECKLIST_GROUPS, ChecklistTemplate, Visit, VisitDraft } from '../data/visit.model';
import { Choice, ChoiceGroup } from './choice-group';

type Item = ChecklistTemplate['items'][number];
type Answer = VisitDraft['answers'][number];
export interface ChecklistRow {
  item: Item;
  childId?: string;
  childName?: string;
  /** A scale item's answers (min..max). */
  scale: Choice<number>[];
}

/** The checklist of the visit's template version, by group; per-child items once per child. */
@Component({
  selector: 'app-checklist-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceGroup, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './checklist-section.html',
  styleUrls: ['./form-section.scss', './checklist-section.scss'],
})
export class ChecklistSection {
  private readonly translate = inject(TranslateService);
  /**
   * The words every row repeats, translated once (not a translate pipe per button and row: the first
   * group alone has dozens); again after a language change.
   */
  private readonly languageChanged = toSignal(this.translate.onLangChange);
  protected readonly words = computed(() => {
    this.languageChanged();
    const t = (key: string): string => this.translate.instant(key);
    return {
      yesNoNa: [
        { value: 'yes', label: t('visits.yes') },
        { value: 'no', label: t('visits.no') },
        { value: 'na', label: t('visits.na') },
      ] satisfies Choice<string>[],
      note: t('visits.checklist.note'),
    };
  });
  readonly draft = input.required<VisitDraft>();
  readonly visit = input.required<Visit>();
  readonly template = input.required<ChecklistTemplate>();
  readonly errors = input<Record<string, string>>({});
  readonly draftChange = output<VisitDraft>();

  protected readonly groups = computed(() => {
    const unitType = this.visit().unit.type;
    const items = this.template().items.filter((i) => !i.unitTypes || i.unitTypes.includes(unitType));
    return CHECKLIST_GROUPS.map((group) => ({
      group,
      rows: items
        .filter((i) => i.group === group)
        .flatMap((item): ChecklistRow[] => {
          const scale = scaleChoices(item);
          return item.perChild
            ? this.visit().children.map((c) => ({ item, childId: c.childId, childName: c.name, scale }))
            : [{ item, scale }];
        }),
    })).filter((g) => g.rows.length > 0);
  });

  /**
   * The first group comes with the form, the others one frame later: on a slow tablet the first screen
   * is painted and usable without waiting for every row's Material controls.
   */
  private readonly allShown = signal(false);
  protected readonly shownGroups = computed(() =>
    this.allShown() ? this.groups() : this.groups().slice(0, 1),
  );

  constructor() {
    // After the first render, once that frame is painted (a task queued from the next frame).
    afterNextRender(() => requestAnimationFrame(() => setTimeout(() => this.allShown.set(true))));
  }

  protected text(item: Item): string {
    const lang = (this.translate.currentLang ?? 'fi') as 'fi' | 'sv' | 'en';
    return item.text[lang] ?? item.text.fi;
  }

  protected answer(row: ChecklistRow): Answer | undefined {
    return this.draft().answers.find((a) => a.itemKey === row.item.key && a.childId === row.childId);
  }

  protected set(row: ChecklistRow, patch: Partial<Answer>): void {
    const current = this.answer(row) ?? { itemKey: row.item.key, childId: row.childId, value: null };
    const next = { ...current, ...patch };
    if (next.childId === undefined) delete next.childId;
    if (!next.note) delete next.note;
    const others = this.draft().answers.filter((a) => a !== this.answer(row));
    this.draftChange.emit({ ...this.draft(), answers: [...others, next] });
  }
}

function scaleChoices(item: Item): Choice<number>[] {
  if (item.answerType !== 'scale') return [];
  const { min, max } = item.scale ?? { min: 1, max: 5 };
  return Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: String(min + i) }));
}
