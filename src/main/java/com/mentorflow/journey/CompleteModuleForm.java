package com.mentorflow.journey;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.stream.IntStream;

/** The mentee's module: what it is about, its resources, the action items to tick and a reflection. */
@org.springframework.stereotype.Component
class CompleteModuleForm extends JourneyTaskForm {

    private final JourneyModules modules;

    CompleteModuleForm(JourneyModules modules) {
        super(JourneyProcess.FORM_MODULE);
        this.modules = modules;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        int number = modules.moduleOf(task.id());
        LearningModule module = modules.module(number, reader());
        VerticalLayout form = layout();
        form.add(new H3(text("journey.form.module.title", number, module.title())),
                new Paragraph(module.summary() + " " + text("journey.form.module.minutes", module.estimatedMinutes())));
        UnorderedList resources = new UnorderedList();
        for (LearningModule.Resource resource : module.resources()) {
            resources.add(new ListItem(resource.link().isBlank() ? new Paragraph(resource.kind() + ": " + resource.title())
                    : new Anchor(resource.link(), resource.kind() + ": " + resource.title())));
        }
        CheckboxGroup<Integer> items = new CheckboxGroup<>(text("journey.form.module.actionItems"));
        items.setId("module-items");
        items.setItems(IntStream.range(0, module.actionItems().size()).boxed().toList());
        items.setItemLabelGenerator(i -> module.actionItems().get(i));
        TextArea reflection = new TextArea(text("journey.form.module.reflection"));
        reflection.setId("module-reflection");
        reflection.setMaxLength(4000);
        TaskAnswers finish = new TaskAnswers(done);
        finish.primaryAnswer("module-done", text("journey.form.module.done"), () -> modules.completeModule(task.id(),
                CurrentUser.username(), new HashSet<>(items.getValue()), reflection.getValue()));
        form.add(resources, items, reflection, finish.error(), finish);
        return form;
    }
}
