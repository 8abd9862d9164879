package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.AccountService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What mentee-journey.bpmn does by itself, through {@link JourneyDelegates}: end the year, nudge, end early. */
@Component
class JourneySteps {

    private static final Letter.Action MY_MENTORSHIP = new Letter.Action("Open My mentorship", "/journey");

    private final JourneyModules modules;
    private final Mentorships mentorships;
    private final MailOutbox mail;
    private final AccountService accounts;

    JourneySteps(JourneyModules modules, Mentorships mentorships, MailOutbox mail, AccountService accounts) {
        this.modules = modules;
        this.mentorships = mentorships;
        this.mail = mail;
        this.accounts = accounts;
    }

    @Transactional
    void completeMentorship(long mentorshipId) {
        mentorships.complete(mentorshipId);
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        String body = "Your mentoring year is complete. Thank you! You may keep meeting informally; Mentorflow sends "
                + "no more tasks for this mentorship. My mentorship keeps what you did together: meetings held, modules "
                + "completed and goals reached.";
        mail.enqueue(letter(pair, pair.menteeAccountId(), "Your year with " + pair.mentorName() + " is complete")
                .paragraphs(body).action(MY_MENTORSHIP));
        mail.enqueue(letter(pair, pair.mentorAccountId(), "Your year with " + pair.menteeName() + " is complete")
                .paragraphs(body).action(MY_MENTORSHIP));
    }

    /** Modules are recommended, not required: a friendly nudge, twice at most. */
    @Transactional
    void remindModule(long mentorshipId, int number) {
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        LearningModule module = modules.module(number);
        mail.enqueue(letter(pair, pair.menteeAccountId(), "Module " + number + " is waiting: " + module.title())
                .paragraphs("Module " + number + " (" + module.title() + ", about " + module.estimatedMinutes()
                        + " minutes) is still open in My tasks. It is recommended, not required.")
                .action("Open My tasks", "/"));
    }

    @Transactional
    void endMentorshipEarly(long mentorshipId, String reason) {
        mentorships.endEarly(mentorshipId, reason);
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        String ended = "The mentorship of " + pair.menteeName() + " with " + pair.mentorName() + " has ended: " + reason + ".";
        // Each side reads what is next for them: the mentee looks for a new mentor, the mentor is free for a new request.
        mail.enqueue(letter(pair, pair.menteeAccountId(), "Your mentorship has ended")
                .paragraphs(ended + "\nYou can ask for a new match on Find a mentor.").action("Find a mentor", "/mentors"));
        mail.enqueue(letter(pair, pair.mentorAccountId(), "Your mentorship has ended")
                .paragraphs(ended + "\nWhen another mentee asks you to be their mentor, the request comes to My tasks."));
    }

    /** A mail to one side of the pair, under their program. */
    private Letter letter(Mentorships.Pair pair, long accountId, String subject) {
        return Letter.to(accounts.emailOf(accountId), subject).program(pair.program().label());
    }
}
