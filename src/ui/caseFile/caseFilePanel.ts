/**
 * The case file beside the story: chronology, family (genogram) and network (ecomap), and
 * where the child lives and their legal status now. It opens in the page rather than over
 * it, so it can stay open while the case is played and follow the story as it changes.
 * The drawings exist only while the panel is open.
 */
import type { CaseFile } from '../../content/caseFileSchema';
import type { PlaySnapshot } from '../../engine/saveSession';
import { EcomapScene, ECOMAP_SIZE } from '../../scenes/EcomapScene';
import { GenogramScene } from '../../scenes/GenogramScene';
import { button, el, focusableHeading, uid } from '../dom';
import { chronologyTable } from './chronologyTable';
import { ecomapModel } from './ecomapModel';
import { personList } from './familyList';
import { familyOf, layoutGenogram } from './genogramLayout';
import { kindLegend, renderNetworkList } from './networkList';
import { mountDrawing, type PhaserDrawing } from './phaserDrawing';

export class CaseFilePanel {
  readonly node = el('section', undefined, 'card case-file no-print');
  private readonly heading = focusableHeading('h2', 'Case file');
  private readonly body = el('div', undefined, 'case-file-body');
  private readonly livesWith = el('dd');
  private readonly legalStatus = el('dd');
  private readonly networkList = el('ul', undefined, 'network-list');
  private readonly genogramHost = el('div', undefined, 'drawing genogram');
  private readonly ecomapHost = el('div', undefined, 'drawing ecomap');
  private caseFile: CaseFile | null = null;
  private variables: Record<string, unknown> = {};
  private drawings: PhaserDrawing[] = [];
  private ecomap: EcomapScene | null = null;
  private openedFrom: HTMLElement | null = null;
  private readonly openers = new Set<HTMLButtonElement>();

  constructor(private readonly fallbackFocus: () => HTMLElement | null) {
    this.node.id = uid('case-file');
    this.heading.id = uid('case-file-heading');
    this.node.setAttribute('aria-labelledby', this.heading.id);
    this.node.hidden = true;
    const top = el('div', undefined, 'case-file-top');
    top.append(this.heading, button('Close the case file', () => this.close(), 'button secondary small'));
    this.node.append(top, this.body);
    this.node.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        this.close();
      }
    });
  }

  get isOpen(): boolean {
    return !this.node.hidden;
  }

  /** A "Case file" button that opens and closes this panel, telling assistive technology which state it is in. */
  opener(className: string): HTMLButtonElement {
    const b = el('button', 'Case file', className);
    b.type = 'button';
    b.setAttribute('aria-controls', this.node.id);
    b.setAttribute('aria-expanded', String(this.isOpen));
    b.addEventListener('click', () => (this.isOpen ? this.close() : this.open(b)));
    this.openers.add(b);
    return b;
  }

  update(snapshot: PlaySnapshot): void {
    const caseFile = snapshot.context.bundle?.caseFile ?? null;
    if (caseFile !== this.caseFile) {
      this.close(false);
      this.caseFile = caseFile;
      this.body.replaceChildren();
    }
    this.variables = snapshot.context.runner?.variables() ?? {};
    if (this.isOpen) this.showVariables();
  }

  open(opener: HTMLElement): void {
    if (!this.caseFile) return;
    this.openedFrom = opener;
    if (this.body.childElementCount === 0) this.build(this.caseFile);
    this.node.hidden = false;
    this.showVariables();
    const model = ecomapModel(this.caseFile, this.variables);
    this.ecomap = new EcomapScene(model, reducedMotion);
    this.drawings = [
      (() => {
        const layout = layoutGenogram(this.caseFile);
        return mountDrawing(this.genogramHost, new GenogramScene(layout), layout.width, layout.height);
      })(),
      mountDrawing(this.ecomapHost, this.ecomap, ECOMAP_SIZE.width, ECOMAP_SIZE.height),
    ];
    this.syncOpeners();
    this.heading.focus();
  }

  close(returnFocus = true): void {
    if (!this.isOpen) return;
    for (const d of this.drawings) d.destroy();
    this.drawings = [];
    this.ecomap = null;
    this.node.hidden = true;
    this.syncOpeners();
    if (!returnFocus) return;
    const back = this.openedFrom?.isConnected && !this.openedFrom.closest('[hidden]') ? this.openedFrom : this.fallbackFocus();
    back?.focus();
  }

  dispose(): void {
    this.close(false);
  }

  private syncOpeners(): void {
    for (const b of this.openers) {
      if (!b.isConnected) this.openers.delete(b);
      else b.setAttribute('aria-expanded', String(this.isOpen));
    }
  }

  private showVariables(): void {
    if (!this.caseFile) return;
    setText(this.livesWith, textOf(this.variables.lives_with));
    setText(this.legalStatus, textOf(this.variables.legal_status));
    const model = ecomapModel(this.caseFile, this.variables);
    renderNetworkList(this.networkList, model);
    this.ecomap?.setTies(model);
  }

  private build(caseFile: CaseFile): void {
    const now = el('dl', undefined, 'case-now');
    now.setAttribute('aria-live', 'polite');
    now.append(el('dt', 'Lives with now'), this.livesWith, el('dt', 'Legal status now'), this.legalStatus);

    const family = familyOf(caseFile);
    const inFamily = new Set(family.map((p) => p.id));
    const others = caseFile.people.filter((p) => !inFamily.has(p.id));
    const familyText = el('div', undefined, 'drawing-text');
    familyText.append(el('h4', 'The family, in words'), personList(family, caseFile));
    if (others.length > 0) familyText.append(el('h4', 'Others in the case file'), personList(others, caseFile));

    const networkText = el('div', undefined, 'drawing-text');
    networkText.append(el('h4', 'The ties, in words'), this.networkList, kindLegend(ecomapModel(caseFile, this.variables)));

    this.body.append(
      now,
      section('Chronology', chronologyTable(caseFile.chronology)),
      section('Family (genogram)', drawingRow(this.genogramHost, familyText)),
      section('Network (ecomap)', el('p', 'How strong each tie in the child\'s life is now: the thicker the line, the stronger the tie; a faint dashed line is no tie. It changes as the case goes on.', 'hint'), drawingRow(this.ecomapHost, networkText)),
    );
  }
}

function section(title: string, ...content: HTMLElement[]): HTMLElement {
  const s = el('section', undefined, 'case-file-section');
  const h = el('h3', title);
  h.id = uid('case-file-section');
  s.setAttribute('aria-labelledby', h.id);
  s.append(h, ...content);
  return s;
}

function drawingRow(host: HTMLElement, text: HTMLElement): HTMLElement {
  const row = el('div', undefined, 'drawing-row');
  row.append(host, text);
  return row;
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function textOf(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value : 'Not recorded';
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches || document.body.classList.contains('reduce-motion');
}
