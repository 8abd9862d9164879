package com.mentorflow.insights;

import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * Live process maps: a model drawn by bpmn-js with the number of running instances (and incidents) on each
 * activity; clicking an activity lists those instances, a page at a time, with links to what they are about.
 */
@Route("insights/processes")
@Menu(title = "Process maps", order = 21, icon = "vaadin:sitemap")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class ProcessMapView extends VerticalLayout implements HasDynamicTitle {

    private final ProcessMaps maps;
    private final Select<ProcessMaps.Model> model = new Select<>();
    private final BpmnViewer viewer = new BpmnViewer();
    private final H3 activityTitle = new H3();
    private final Grid<ProcessMaps.Instance> instances = new Grid<>();
    private final Span total = new Span();
    private final Span exportProgress = new Span();
    private String selectedActivity;
    private Map<String, BpmnViewer.Count> counts = Map.of();

    public ProcessMapView(ProcessMaps maps, com.mentorflow.platform.ReaderZones zones) {
        this.maps = maps;
        setSizeFull();
        model.setLabel(getTranslation("insights.processes.model"));
        model.setId("process-model");
        model.setWidthFull();
        model.setMaxWidth("40rem");
        model.setItemLabelGenerator(m -> m == null ? "" : getTranslation("insights.processes.modelLabel",
                m.name() == null ? m.key() : m.name(), m.key(), m.version(), m.activeInstances()));
        Button refresh = new Button(getTranslation("insights.processes.refresh"), click -> refreshCounts());
        refresh.setId("process-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(model, refresh);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setWrap(true);
        viewer.setId("process-map");
        viewer.onActivitySelected(this::showActivity);

        instances.setId("process-instances");
        instances.setAllRowsVisible(false);
        instances.setHeight("20rem");
        instances.addColumn(ProcessMaps.Instance::businessKey)
                .setHeader(getTranslation("insights.processes.column.businessKey")).setAutoWidth(true);
        instances.addColumn(ProcessMaps.Instance::subject)
                .setHeader(getTranslation("insights.processes.column.about")).setFlexGrow(1);
        instances.addComponentColumn(i -> i.link() == null ? new Span() : new Anchor(i.link(), getTranslation("insights.processes.open"))).setHeader("")
                .setAutoWidth(true);
        instances.setEmptyStateText(getTranslation("insights.processes.empty"));
        activityTitle.setText(getTranslation("insights.processes.instances"));

        List<ProcessMaps.Model> models = maps.models();
        model.setItems(models);
        model.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                draw(change.getValue());
            }
        });
        com.vaadin.flow.component.html.Anchor export = CsvDownload.link(getTranslation("insights.export.link"), "process-instances.csv", exportProgress,
                zones.forCurrentReader().zone(),
                (csv, written) -> maps.writeCsv(model.getValue(), selectedActivity, csv, written));
        add(new H2(getTranslation("insights.processes.title")), new Paragraph(getTranslation("insights.processes.intro")), bar, viewer, activityTitle,
                new HorizontalLayout(total, export, exportProgress), instances);
        models.stream().filter(m -> m.key().equals("mentee-journey")).findFirst()
                .or(() -> models.stream().findFirst()).ifPresent(model::setValue);
    }

    private void draw(ProcessMaps.Model selected) {
        counts = maps.counts(selected.definitionId());
        viewer.show(maps.xml(selected.definitionId()), counts);
        showActivity(null);
    }

    private void refreshCounts() {
        if (model.getValue() != null) {
            draw(model.getValue());
        }
    }

    private void showActivity(String activityId) {
        selectedActivity = activityId;
        if (activityId == null || model.getValue() == null) {
            activityTitle.setText(getTranslation("insights.processes.instances"));
            total.setText("");
            instances.setItems(List.of());
            return;
        }
        String definitionId = model.getValue().definitionId();
        long count = maps.instanceCount(definitionId, activityId);
        activityTitle.setText(getTranslation("insights.processes.instancesAt", activityId));
        total.setText(getTranslation("insights.processes.running", count));
        total.setId("process-instance-total");
        instances.setItems(query -> maps.instances(definitionId, activityId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, maps.instanceCount(definitionId, activityId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.processes.pageTitle");
    }
}
