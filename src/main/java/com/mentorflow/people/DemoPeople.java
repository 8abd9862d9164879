package com.mentorflow.people;

import com.mentorflow.platform.EmbeddedDatabaseCondition;
import com.mentorflow.platform.Roles;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo people for the default setup only (embedded database, nothing configured). Never runs against a
 * configured database, so production never has these known passwords. The README lists the logins.
 * Maya is a new hire with her profile still to do; Marcus, Nina and 36 generated colleagues are mentors
 * whose profiles are complete, so suggestions have someone to suggest.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(10)
class DemoPeople implements ApplicationRunner {

    static final String PASSWORD = "mentorflow-demo";
    static final int GENERATED_MENTORS = 36;
    static final List<NewAccount> PEOPLE = List.of(
            new NewAccount("maya", "maya.okafor@example.com", "Maya Okafor", PASSWORD, Set.of(Roles.PARTICIPANT)),
            new NewAccount("marcus", "marcus.reyes@example.com", "Marcus Reyes", PASSWORD, Set.of(Roles.PARTICIPANT)),
            new NewAccount("nina", "nina.larsen@example.com", "Nina Larsen", PASSWORD, Set.of(Roles.PARTICIPANT)),
            new NewAccount("priya", "priya.shah@example.com", "Priya Shah", PASSWORD, Set.of(Roles.PROGRAM_MANAGER)),
            new NewAccount("admin", "admin@example.com", "Ada Admin", PASSWORD, Set.of(Roles.ADMIN)));

    private static final String[] SITES = {"Seattle", "Austin", "Dublin", "Bangalore", "London", "Toronto"};
    private static final String[] ZONES = {"America/Los_Angeles", "America/Chicago", "Europe/Dublin", "Asia/Kolkata",
            "Europe/London", "America/Toronto"};
    private static final String[] COUNTRIES = {"US", "US", "IE", "IN", "GB", "CA"};
    private static final String[] BUSINESS_LINES = {"Cloud", "Retail", "Devices", "Advertising"};
    private static final String[] JOB_FAMILIES = {"Software engineering", "Product management", "Operations", "Sales", "Finance"};
    private static final String[] LANGUAGES = {"en", "en;es", "en;hi", "en;fr", "en;de"};
    private static final String[] FIRST = {"Alex", "Sam", "Jordan", "Priyanka", "Liam", "Chen", "Fatima", "Diego", "Hannah",
            "Kofi", "Ines", "Tom"};
    private static final String[] LAST = {"Nguyen", "Schmidt", "Okoye", "Murphy", "Patel", "Kowalski"};

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final AccountService accounts;
    private final DirectoryImport directory;
    private final OnboardingService onboarding;
    private final TaskService taskService;
    private final EmployeeRepository employees;

    DemoPeople(AccountService accounts, DirectoryImport directory, OnboardingService onboarding, TaskService taskService,
               EmployeeRepository employees) {
        this.employees = employees;
        this.accounts = accounts;
        this.directory = directory;
        this.onboarding = onboarding;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.findByUsername("maya").isPresent()) {
            return;
        }
        directory.applyAs("demo", new StringReader(directoryCsv()), DirectoryImport.Request.withoutDeactivating(), rows -> { });
        for (NewAccount person : PEOPLE) {
            accounts.create(person);
        }
        completeMentorProfile("marcus", new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Army", 8,
                MilitaryBackground.RankBand.NCO, "Signals", 2012), true, Set.of(1, 2, 3, 4, 5));
        completeMentorProfile("nina", new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Navy", 6,
                MilitaryBackground.RankBand.JUNIOR_OFFICER, "Logistics", 2015), true, Set.of(3, 9, 10, 13));
        for (int i = 1; i <= GENERATED_MENTORS; i++) {
            accounts.create(new NewAccount(mentorUsername(i), mentorUsername(i) + "@example.com", mentorName(i), PASSWORD,
                    Set.of(Roles.PARTICIPANT)));
            MilitaryBackground service = switch (i % 3) {
                case 0 -> new MilitaryBackground(MilitaryBackground.Relation.VETERAN, i % 2 == 0 ? "Navy" : "Air Force",
                        4 + i % 10, MilitaryBackground.RankBand.NCO, null, 2005 + i % 15);
                case 2 -> new MilitaryBackground(MilitaryBackground.Relation.MILITARY_SPOUSE, null, null, null, null, null);
                default -> MilitaryBackground.NONE;
            };
            // Some demo mentors keep their background private, so both kinds of suggestion cards can be seen.
            completeMentorProfile(mentorUsername(i), service, i % 2 == 0, Set.of(i % 16 + 1, (i + 5) % 16 + 1, (i + 9) % 16 + 1));
        }
        log.info("Seeded demo people (password '{}'): maya (new hire, profile to do), marcus and nina (mentors), "
                + "priya (program manager), admin, and {} more mentors", PASSWORD, GENERATED_MENTORS);
    }

    private void completeMentorProfile(String username, MilitaryBackground service, boolean showMilitary,
                                       Set<Integer> strengths) {
        Account account = accounts.findByUsername(username).orElseThrow();
        String taskId = taskService.createTaskQuery().taskAssignee(username).singleResult().getId();
        String zone = employees.findById(account.getEmployeeId()).orElseThrow().getTimeZone();
        onboarding.completeProfile(taskId, username, new ProfileAnswers(account.getDisplayName(), true, false, false,
                EnumSet.of(Program.NEW_HIRE, Program.OPEN), zone, Set.of(), null, strengths, MeetingMode.EITHER,
                "Happy to help new colleagues find their way.", service, 2, true, true, showMilitary));
    }

    static String mentorUsername(int i) {
        return String.format("mentor%02d", i);
    }

    static String mentorName(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length];
    }

    static String directoryCsv() {
        List<String> rows = new ArrayList<>();
        rows.add(String.join(",", DirectoryImport.COLUMNS));
        rows.add("E1001,Maya Okafor,maya.okafor@example.com,regular,Austin,US,America/Chicago,Cloud,Cloud Platform,"
                + "Software engineering,L4,2026-10-01,E2001,en;es");
        rows.add("E2001,Marcus Reyes,marcus.reyes@example.com,regular,Seattle,US,America/Los_Angeles,Cloud,Cloud Platform,"
                + "Software engineering,L6,2014-03-01,E3001,en;es");
        rows.add("E2002,Nina Larsen,nina.larsen@example.com,regular,Austin,US,America/Chicago,Cloud,Cloud Platform,"
                + "Software engineering,L7,2016-06-01,E3001,en");
        rows.add("E3001,Priya Shah,priya.shah@example.com,regular,London,GB,Europe/London,People,Talent,"
                + "Program management,L7,2012-01-09,,en;hi");
        for (int i = 1; i <= GENERATED_MENTORS; i++) {
            int site = i % SITES.length;
            rows.add(String.join(",", "E4" + String.format("%03d", i), mentorName(i), mentorUsername(i) + "@example.com",
                    "regular", SITES[site], COUNTRIES[site], ZONES[site], BUSINESS_LINES[i % BUSINESS_LINES.length],
                    "Org " + (i % 7), JOB_FAMILIES[i % JOB_FAMILIES.length], "L" + (4 + i % 5),
                    (2008 + i % 15) + "-01-15", "E3001", LANGUAGES[i % LANGUAGES.length]));
        }
        return String.join("\n", rows) + "\n";
    }
}
