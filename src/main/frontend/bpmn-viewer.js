// A read-only BPMN diagram with a count badge on each activity; clicking an activity tells the server.
// bpmn-js is MIT with one condition: its bpmn.io watermark stays visible, so it is never hidden here.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

class MentorflowBpmnViewer extends HTMLElement {

  connectedCallback() {
    if (this.viewer) {
      return;
    }
    this.style.display = 'block';
    this.viewer = new NavigatedViewer({ container: this });
    this.viewer.get('eventBus').on('element.click', (event) => {
      const element = event.element;
      if (element && element.type && element.type !== 'bpmn:Process' && element.type !== 'label') {
        this.dispatchEvent(new CustomEvent('activity-selected', { detail: { id: element.id } }));
      }
    });
  }

  /** counts: { activityId: { instances: n, incidents: m, title: the badge's tooltip in the reader's language } } */
  async show(xml, counts) {
    this.connectedCallback();
    try {
      await this.viewer.importXML(xml);
    } catch (error) {
      this.dispatchEvent(new CustomEvent('diagram-failed', { detail: { message: String(error && error.message || error) } }));
      return;
    }
    this.viewer.get('canvas').zoom('fit-viewport', 'auto');
    this.setCounts(counts);
    this.setAttribute('loaded', '');
  }

  setCounts(counts) {
    const overlays = this.viewer.get('overlays');
    overlays.remove({ type: 'mentorflow-count' });
    const registry = this.viewer.get('elementRegistry');
    Object.entries(counts || {}).forEach(([id, count]) => {
      if (!registry.get(id)) {
        return;
      }
      const badge = document.createElement('div');
      badge.className = 'activity-count' + (count.incidents > 0 ? ' has-incidents' : '');
      badge.setAttribute('data-activity', id);
      badge.textContent = count.instances + (count.incidents > 0 ? ' ⚠ ' + count.incidents : '');
      badge.title = count.title;
      overlays.add(id, 'mentorflow-count', { position: { bottom: 12, right: 12 }, scale: { min: 1 }, html: badge });
    });
  }
}

customElements.define('mentorflow-bpmn-viewer', MentorflowBpmnViewer);
