// The admin's BPMN editor: bpmn-js Modeler with the Camunda 7 properties panel beside the canvas.
// bpmn-js is MIT with one condition: its bpmn.io watermark stays fully visible, so it is never hidden or covered here
// (the properties panel is a sibling of the canvas, not an overlay on it).
// Light DOM on purpose: the CSS imported below is injected into the document and would not reach a shadow root.
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './model-editor.css';

const PROBLEM = 'mentorflow-problem';

class MentorflowBpmnModeler extends HTMLElement {

  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.canvasContainer = document.createElement('div');
    this.canvasContainer.className = 'model-canvas';
    this.panelContainer = document.createElement('div');
    this.panelContainer.className = 'model-properties';
    this.append(this.canvasContainer, this.panelContainer);
    this.marked = new Set();

    this.modeler = new Modeler({
      container: this.canvasContainer,
      propertiesPanel: { parent: this.panelContainer },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        // keeps Camunda extension elements consistent when the admin deletes or changes things (as Camunda Modeler does)
        CamundaPlatformBehaviorsModule
      ],
      moddleExtensions: { camunda: camundaModdle }
    });
    this.modeler.get('eventBus').on('commandStack.changed', (event) => {
      // importXML clears the stack, which is not an edit by the admin
      if (event.trigger !== 'clear') {
        this.dispatchEvent(new CustomEvent('model-changed'));
      }
    });
    // diagram-js caches the canvas size; Vaadin layouts resize the host without a window resize event
    this.resizeObserver = new ResizeObserver(() => {
      this.modeler.get('canvas').resized();
      if (this.fitPending && this.hasSize()) {
        this.fit();
      }
    });
    this.resizeObserver.observe(this.canvasContainer);
  }

  async open(xml) {
    this.connectedCallback();
    this.marked.clear();
    this.removeAttribute('loaded');
    try {
      await this.modeler.importXML(xml);
    } catch (error) {
      this.dispatchEvent(new CustomEvent('model-failed', { detail: { message: String(error && error.message || error) } }));
      return;
    }
    this.fit();
    this.setAttribute('loaded', '');
  }

  async saveXml() {
    this.connectedCallback();
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  /** problems: [{ elementId, message }]; those not drawn on the canvas are listed by the server only. */
  showProblems(problems) {
    this.clearProblems();
    const registry = this.modeler.get('elementRegistry');
    const canvas = this.modeler.get('canvas');
    const overlays = this.modeler.get('overlays');
    const byElement = new Map();
    (problems || []).forEach((problem) => {
      if (!problem || !problem.elementId) {
        return;
      }
      shapesFor(registry, problem.elementId).forEach((element) => {
        if (!byElement.has(element)) {
          byElement.set(element, []);
        }
        byElement.get(element).push(problem);
      });
    });
    byElement.forEach((elementProblems, element) => {
      canvas.addMarker(element, PROBLEM);
      this.marked.add(element.id);
      const box = document.createElement('div');
      box.className = 'model-problem-overlay';
      elementProblems.forEach((problem) => {
        const line = document.createElement('div');
        line.className = 'model-problem';
        // the id the server named, which for a timer or message is not the shape's own id
        line.setAttribute('data-element', problem.elementId);
        line.textContent = problem.message;
        box.append(line);
      });
      overlays.add(element, PROBLEM, { position: { top: -4, left: 0 }, scale: { min: 1, max: 1.5 }, html: box });
    });
  }

  clearProblems() {
    if (!this.modeler) {
      return;
    }
    const registry = this.modeler.get('elementRegistry');
    const canvas = this.modeler.get('canvas');
    this.marked.forEach((id) => {
      const element = registry.get(id);
      if (element) {
        canvas.removeMarker(element, PROBLEM);
      }
    });
    this.marked.clear();
    this.modeler.get('overlays').remove({ type: PROBLEM });
  }

  hasSize() {
    return this.canvasContainer.clientWidth > 0 && this.canvasContainer.clientHeight > 0;
  }

  // Zooming a canvas of size 0 (host not laid out yet, or hidden) produces a non-finite viewbox, so wait for a size.
  // Unlike zoom('fit-viewport'), this keeps the diagram clear of the palette and leaves a margin for outer labels.
  fit() {
    this.fitPending = !this.hasSize();
    if (this.fitPending) {
      return;
    }
    const canvas = this.modeler.get('canvas');
    canvas.resized();
    const { inner, outer } = canvas.viewbox();
    const margin = 24;
    const palette = this.canvasContainer.querySelector('.djs-palette');
    const left = palette ? palette.offsetLeft + palette.offsetWidth + margin : margin;
    const width = outer.width - left - margin;
    const height = outer.height - 2 * margin;
    const scale = Math.min(1, width / (inner.width || 1), height / (inner.height || 1));
    if (!(scale > 0)) {
      canvas.zoom('fit-viewport', 'auto');
      return;
    }
    const offsetX = left + (width - inner.width * scale) / 2;
    const offsetY = margin + (height - inner.height * scale) / 2;
    canvas.viewbox({
      x: inner.x - offsetX / scale,
      y: inner.y - offsetY / scale,
      width: outer.width / scale,
      height: outer.height / scale
    });
  }
}

/**
 * The shapes a problem belongs to. The server names the nearest XML element with an id, which is often not a shape:
 * a timer's definition, a message, an extension element. Those are found inside (or referenced from) a shape's
 * semantic element.
 */
function shapesFor(registry, id) {
  const direct = registry.get(id);
  if (direct) {
    return direct.parent && !direct.labelTarget ? [direct] : [];
  }
  return registry.filter((element) => element.parent && !element.labelTarget && element.businessObject
      && mentions(registry, element.businessObject, id, 0));
}

function mentions(registry, moddleElement, id, depth) {
  if (depth > 8 || !moddleElement.$descriptor) {
    return false;
  }
  return moddleElement.$descriptor.properties.some((property) => {
    if (property.isAttr && !property.isReference) {
      return false;
    }
    const value = moddleElement.get(property.name);
    return (Array.isArray(value) ? value : [value]).some((child) => {
      if (!child || typeof child !== 'object' || !child.$type) {
        return false;
      }
      if (child.id === id) {
        return true;
      }
      // references are only matched, never followed; contained shapes (a sub-process's children) speak for themselves
      return !property.isReference && !(child.id && registry.get(child.id)) && mentions(registry, child, id, depth + 1);
    });
  });
}

customElements.define('mentorflow-bpmn-modeler', MentorflowBpmnModeler);
