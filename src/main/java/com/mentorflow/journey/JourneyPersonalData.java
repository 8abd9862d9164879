package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mentorship year in "Download my data": per mentorship the meetings (with the private notes the person wrote,
 * never the partner's), goals, the mentee's module work and reflections, and the person's own check-ins. On erasure
 * the person's own free texts are forgotten; what the partner wrote stays theirs.
 */
@Component
class JourneyPersonalData implements PersonalDataContributor {

    private final Mentorships mentorships;
    private final MeetingRecords meetings;
    private final GoalRecords goals;
    private final ModuleProgressRecords modules;
    private final LearningModules catalogue;
    private final CheckInRecords checkIns;

    JourneyPersonalData(Mentorships mentorships, MeetingRecords meetings, GoalRecords goals, ModuleProgressRecords modules,
                        LearningModules catalogue, CheckInRecords checkIns) {
        this.mentorships = mentorships;
        this.meetings = meetings;
        this.goals = goals;
        this.modules = modules;
        this.catalogue = catalogue;
        this.checkIns = checkIns;
    }

    @Override
    public String section() {
        return "mentorshipYears";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (Mentorships.Pair pair : mentorships.involving(accountId)) {
            boolean mentee = pair.menteeAccountId() == accountId;
            long id = pair.mentorshipId();
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("mentorshipId", id);
            year.put("program", pair.program().name());
            year.put("myRole", mentee ? "mentee" : "mentor");
            year.put("partner", mentee ? pair.mentorName() : pair.menteeName());
            year.put("meetings", meetings.export(id, accountId));
            year.put("goals", goals.export(id, accountId));
            year.put("modules", mentee ? modulesWithTitles(id) : List.of());
            year.put("checkIns", checkIns.export(id, accountId));
            years.add(year);
        }
        return years;
    }

    @Override
    public void erase(long accountId) {
        meetings.forgetNotesOf(accountId);
        checkIns.forgetTextsOf(accountId);
        for (Mentorships.Pair pair : mentorships.involving(accountId)) {
            if (pair.menteeAccountId() == accountId) {
                modules.forgetReflections(pair.mentorshipId());
            }
        }
    }

    /** module_number, title, items_done, reflection, completed_at: the title from the catalogue. */
    private List<Map<String, Object>> modulesWithTitles(long mentorshipId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> progress : modules.export(mentorshipId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("module_number", progress.get("module_number"));
            row.put("title", catalogue.title(((Number) progress.get("module_number")).intValue()).orElse(""));
            row.put("items_done", progress.get("items_done"));
            row.put("reflection", progress.get("reflection"));
            row.put("completed_at", progress.get("completed_at"));
            rows.add(row);
        }
        return rows;
    }
}
