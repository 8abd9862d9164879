package com.mentorflow.matching;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.ui.DecisionButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The mentor's "Review match request" task (form key {@code app:review-match-request}): who asks, why they were
 * suggested, their note; accept, or decline with a reason the mentee reads. Completes through {@link MatchRequestAnswers}.
 */
@org.springframework.stereotype.Component
class ReviewMatchRequestForm extends MatchRequestTaskForm {

    private final MatchReasons matchReasons;
    private final ParticipantDirectory directory;
    private final Topics topics;
    private final ReaderZones zones;

    ReviewMatchRequestForm(MatchRequests requests, MatchRequestAnswers answers, MatchReasons matchReasons,
                           ParticipantDirectory directory, Topics topics, ReaderZones zones) {
        super(MatchRequestProcess.FORM_REVIEW, requests, answers);
        this.matchReasons = matchReasons;
        this.directory = directory;
        this.topics = topics;
        this.zones = zones;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        MatchRequest request = requestOf(task);
        ParticipantFacts mentee = directory.find(request.getMenteeAccountId()).orElseThrow();
        VerticalLayout form = layout();
        form.add(new H3(mentee.displayName()));
        String about = String.join(" · ", Stream.of(mentee.role(), mentee.site())
                .filter(part -> part != null && !part.isBlank()).toList());
        if (!about.isEmpty()) {
            form.add(new Paragraph(about));
        }
        if (!mentee.goalTopics().isEmpty()) {
            form.add(new Paragraph(text("matching.review.goals", mentee.goalTopics().stream().sorted().map(id -> topics.name(id, reader()))
                    .collect(Collectors.joining(", ")))));
        }
        form.add(new Paragraph(text("matching.review.why", request.getScore())));
        UnorderedList reasons = new UnorderedList();
        matchReasons.forMentor(request).forEach(reason -> reasons.add(new ListItem(reason.in(reader()))));
        form.add(reasons, new Paragraph(text("matching.review.note")), quote(request.getNote()));
        form.add(new Paragraph(text("matching.review.length", request.getLengthMonths(),
                text(request.getProgram().textKey()))));

        Select<DeclineReason> reason = new Select<>();
        reason.setId("review-decline-reason");
        reason.setLabel(text("matching.review.declineReason"));
        reason.setItems(DeclineReason.values());
        reason.setItemLabelGenerator(choice -> text("matching.declineReason." + choice.name()));
        TextArea text = new TextArea(text("matching.review.declineText"));
        text.setId("review-decline-text");
        text.setWidth("22rem");
        text.setMaxLength(MatchRequests.MAX_NOTE);
        Paragraph error = Refusals.errorText();
        DecisionButtons decision = new DecisionButtons();
        decision.primary("review-accept", text("matching.review.accept"), answer(error, done,
                () -> answers.review(task.id(), CurrentUser.username(), true, null, null)))
                .addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        decision.option("review-decline", text("matching.review.decline"), answer(error, done,
                () -> answers.review(task.id(), CurrentUser.username(), false, reason.getValue(), text.getValue())))
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(new HorizontalLayout(reason, text), error, decision);
        if (request.getExpiresAt() != null) {
            form.add(new Paragraph(text("matching.review.expires",
                    zones.forReader(request.getMentorAccountId()).dateTime(request.getExpiresAt()))));
        }
        return form;
    }
}
