// The admin's DMN editor: dmn-js Modeler (requirements diagram, decision tables, literal expressions).
// dmn-js is under the bpmn.io licence: its bpmn.io watermark must stay fully visible, so it is never hidden or
// covered here (the problem list sits above the editor, not over it).
// Light DOM on purpose: the CSS imported below is injected into the document and would not reach a shadow root.
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import './model-editor.css';

class MentorflowDmnModeler extends HTMLElement {

  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.problemList = document.createElement('ul');
    this.problemList.className = 'model-problems';
    this.problemList.setAttribute('role', 'alert');
    this.problemList.hidden = true;
    this.canvasContainer = document.createElement('div');
    this.canvasContainer.className = 'model-canvas';
    this.append(this.problemList, this.canvasContainer);

    this.modeler = new DmnModeler({
      container: this.canvasContainer,
      // without it camunda:historyTimeToLive and camunda:inputVariable would be kept only as unknown attributes
      moddleExtensions: { camunda: camundaDmnModdle }
    });
    // each view (diagram, table, literal expression) has its own viewer and command stack, created on first open
    this.modeler.on('viewer.created', ({ viewer }) => {
      viewer.get('eventBus').on('commandStack.changed', (event) => {
        // opening a view or importing clears its stack, which is not an edit by the admin
        if (event.trigger !== 'clear') {
          this.dispatchEvent(new CustomEvent('model-changed'));
        }
      });
    });
  }

  async open(xml) {
    this.connectedCallback();
    this.clearProblems();
    this.removeAttribute('loaded');
    try {
      await this.modeler.importXML(xml);
      const table = this.modeler.getViews().find((view) => view.type === 'decisionTable');
      if (table && this.modeler.getActiveView() !== table) {
        await this.modeler.open(table);
      }
    } catch (error) {
      this.dispatchEvent(new CustomEvent('model-failed', { detail: { message: String(error && error.message || error) } }));
      return;
    }
    this.setAttribute('loaded', '');
  }

  async saveXml() {
    this.connectedCallback();
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  /**
   * problems: [{ elementId, message }]. Decision tables have no overlays, so they are listed above the editor, each
   * with where it is in words (rule numbers, column labels), since ids like InputEntry_0x1 mean nothing to an admin.
   * Problems without an id, or with one this model does not have, are listed by the server only.
   */
  showProblems(problems) {
    this.clearProblems();
    const definitions = this.modeler && this.modeler.getDefinitions();
    if (!definitions) {
      return;
    }
    (problems || []).forEach((problem) => {
      if (!problem || !problem.elementId) {
        return;
      }
      const place = locate(definitions, problem.elementId);
      if (!place) {
        return;
      }
      const item = document.createElement('li');
      item.className = 'model-problem';
      item.setAttribute('data-element', problem.elementId);
      const where = document.createElement('span');
      where.className = 'model-problem-where';
      where.textContent = place.where + ':';
      item.append(where, document.createTextNode(' ' + problem.message));
      const view = place.decision && this.modeler.getViews().find((v) => v.element === place.decision);
      if (view) {
        item.classList.add('can-open');
        item.title = 'Show this decision';
        item.addEventListener('click', () => {
          if (this.modeler.getActiveView() !== view) {
            this.modeler.open(view);
          }
        });
      }
      this.problemList.append(item);
    });
    this.problemList.hidden = this.problemList.childElementCount === 0;
  }

  clearProblems() {
    if (this.problemList) {
      this.problemList.replaceChildren();
      this.problemList.hidden = true;
    }
  }
}

const KINDS = {
  Decision: 'Decision',
  BusinessKnowledgeModel: 'Knowledge model',
  InputData: 'Input data',
  KnowledgeSource: 'Knowledge source'
};

/** Where an id is in the model, in words, and the decision holding it (to open its view). */
function locate(definitions, id) {
  if (definitions.id === id) {
    return { where: 'Definitions' };
  }
  const elements = definitions.get('drgElement');
  // with a single decision (the usual case) its long name in front of every rule would only be noise
  const named = elements.filter((element) => element.$instanceOf('dmn:Decision')).length > 1;
  for (const element of elements) {
    const name = (KINDS[element.$type.replace('dmn:', '')] || 'Element') + ' ' + label(element.name, element.id);
    if (element.id === id) {
      return { where: name, decision: element.$instanceOf('dmn:Decision') ? element : null };
    }
    const logic = element.$instanceOf('dmn:Decision') ? element.decisionLogic : null;
    if (!logic) {
      if (contains(element, id)) {
        return { where: name };
      }
      continue;
    }
    const inside = (what) => ({ where: named ? name + ', ' + what : what[0].toUpperCase() + what.slice(1), decision: element });
    if (logic.id === id) {
      return inside(logic.$instanceOf('dmn:DecisionTable') ? 'table' : 'expression');
    }
    if (logic.$instanceOf('dmn:DecisionTable')) {
      const inputs = logic.get('input');
      const outputs = logic.get('output');
      for (const [index, input] of inputs.entries()) {
        if (input.id === id || (input.inputExpression && input.inputExpression.id === id) || contains(input, id)) {
          return inside('input ' + label(input.label, input.inputExpression && input.inputExpression.text, index + 1));
        }
      }
      for (const [index, output] of outputs.entries()) {
        if (output.id === id || contains(output, id)) {
          return inside('output ' + label(output.label, output.name, index + 1));
        }
      }
      for (const [index, rule] of logic.get('rule').entries()) {
        if (rule.id === id) {
          return inside('rule ' + (index + 1));
        }
        const inputEntry = rule.get('inputEntry').findIndex((entry) => entry.id === id);
        if (inputEntry >= 0) {
          const input = inputs[inputEntry];
          return inside('rule ' + (index + 1) + ', input '
              + label(input && input.label, input && input.inputExpression && input.inputExpression.text, inputEntry + 1));
        }
        const outputEntry = rule.get('outputEntry').findIndex((entry) => entry.id === id);
        if (outputEntry >= 0) {
          const output = outputs[outputEntry];
          return inside('rule ' + (index + 1) + ', output ' + label(output && output.label, output && output.name, outputEntry + 1));
        }
      }
    }
    if (contains(logic, id)) {
      return inside(logic.$instanceOf('dmn:DecisionTable') ? 'table' : 'expression');
    }
    if (contains(element, id)) {
      return { where: name, decision: element };
    }
  }
  return null;
}

function label(...candidates) {
  const found = candidates.find((candidate) => candidate !== undefined && candidate !== null && String(candidate).trim() !== '');
  return typeof found === 'number' ? String(found) : '"' + String(found === undefined ? '?' : found).trim() + '"';
}

/** Whether the id is anywhere in the contained (not referenced) subtree of a moddle element. */
function contains(moddleElement, id, depth = 0) {
  if (depth > 8 || !moddleElement || !moddleElement.$descriptor) {
    return false;
  }
  return moddleElement.$descriptor.properties.some((property) => {
    if (property.isReference || property.isAttr) {
      return false;
    }
    const value = moddleElement.get(property.name);
    return (Array.isArray(value) ? value : [value]).some((child) => child && typeof child === 'object' && child.$type
        && (child.id === id || contains(child, id, depth + 1)));
  });
}

customElements.define('mentorflow-dmn-modeler', MentorflowDmnModeler);
