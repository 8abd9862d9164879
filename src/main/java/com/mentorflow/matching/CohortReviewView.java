package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortRunStatus;
import com.mentorflow.matching.cohort.CohortRunView;
import com.mentorflow.matching.cohort.CohortRuns;
import com.mentorflow.matching.cohort.PublishingProgress;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.mentorflow.ui.PersonNames;
import jakarta.annotation.security.RolesAllowed;

/**
 * One cohort run, to review: the summary, the score distribution, the pairs (lock, remove, swap), the mentees left
 * unmatched and why, and what the run's status allows (re-run, submit, approve, discard). The inbox tasks of
 * cohort-matching.bpmn open this page.
 */
@Route("cohorts/:runId([0-9]+)")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class CohortReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 2000;

    private final CohortRuns runs;
    private final String manager = CurrentUser.username();
    private final CohortSummary summary;
    private final CohortDistribution distribution = new CohortDistribution();
    private final CohortPairsGrid pairs;
    private final CohortUnmatchedList unmatched = new CohortUnmatchedList();
    private final CohortProgress progress = new CohortProgress("cohort-run-progress");
    private final CohortActions actions;
    private final VerticalLayout review = new VerticalLayout();
    private long runId;
    /** While the run is being published the page asks the server every few seconds and draws the run again. */
    private Registration polling;
    private String title;

    public CohortReviewView(CohortRuns runs, ReaderZones zones, PersonNames names) {
        this.runs = runs;
        this.summary = new CohortSummary(zones.forCurrentReader(), names);
        setMaxWidth("80rem");
        addClassName("cohort-review");
        pairs = new CohortPairsGrid(new CohortPairsGrid.Edits() {
            @Override
            public void lock(long mentee, boolean locked) {
                runs.lock(manager, runId, mentee, locked);
            }

            @Override
            public void remove(long mentee) {
                runs.remove(manager, runId, mentee);
                show();
            }

            @Override
            public void swap(long menteeA, long menteeB) {
                runs.swap(manager, runId, menteeA, menteeB);
                show();
            }
        });
        actions = new CohortActions(new CohortActions.Commands() {
            @Override
            public void rerun(java.util.function.DoubleConsumer fraction) {
                runs.rerun(manager, runId, fraction);
            }

            @Override
            public void submit(boolean secondApproval) {
                runs.submit(manager, runId, secondApproval);
            }

            @Override
            public void approve(boolean approved, String note) {
                runs.approve(manager, runId, approved, note);
            }

            @Override
            public void discard() {
                runs.discard(manager, runId);
            }
        }, progress, this::show);
        review.setPadding(false);
        review.add(summary, actions, progress, distribution, new H3(getTranslation("matching.cohort.pairs.title")), pairs,
                unmatched);
        Anchor back = new Anchor("cohorts", getTranslation("matching.cohort.run.back"));
        back.setId("cohort-back");
        add(back, review);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            runId = Long.parseLong(event.getRouteParameters().get("runId").orElse(""));
        } catch (NumberFormatException tooLong) {
            runId = -1;
        }
        show();
    }

    /** Reads the run again and draws it; a run that is not there (or not for this reader) says so. */
    private void show() {
        CohortRunView run;
        try {
            run = runs.get(manager, runId);
        } catch (RuntimeException e) {
            title = getTranslation("matching.cohort.run.missing");
            review.removeAll();
            review.add(new H2(title), new Paragraph(CohortProgress.sentence(e, getLocale())));
            follow(false); // nothing left to follow
            return;
        }
        title = getTranslation("matching.cohort.run.pageTitle", getTranslation(run.choice().program().textKey()), run.runId());
        summary.show(run);
        distribution.show(run.pairs());
        pairs.show(run.pairs(), run.status() == CohortRunStatus.IN_REVIEW);
        unmatched.show(run.unmatched());
        actions.show(run, manager);
        follow(run.status() == CohortRunStatus.PUBLISHING);
    }

    private void follow(boolean publishing) {
        UI ui = UI.getCurrent();
        if (publishing && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> followPublishing());
        } else if (!publishing && polling != null) {
            stopFollowing(ui);
        }
    }

    /** Counts only, every two seconds; the whole run again once publishing has ended (or the run is not there). */
    private void followPublishing() {
        try {
            PublishingProgress progress = runs.progress(manager, runId);
            if (progress.status() == CohortRunStatus.PUBLISHING) {
                summary.progress(progress);
                return;
            }
        } catch (RuntimeException gone) {
            // show() says what became of the run.
        }
        show();
    }

    private void stopFollowing(UI ui) {
        ui.setPollInterval(-1);
        polling.remove();
        polling = null;
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            stopFollowing(detach.getUI());
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("matching.cohort.pageTitle") : title;
    }
}
