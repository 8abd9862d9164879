package com.mentorflow.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What the company's HR directory says about a person; written only by the directory import. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    private String employeeId;
    private String fullName;
    private String email;
    @Enumerated(EnumType.STRING)
    private EmployeeType employeeType;
    private String site;
    private String country;
    private String timeZone;
    private String businessLine;
    private String organisation;
    private String jobFamily;
    private Short level;
    private LocalDate hireDate;
    private String managerId;
    /** Language codes separated by ';' (e.g. "en;es"). */
    private String languages;
    private boolean active;

    protected Employee() {
    }

    /** A directory entry made by a single sign-on with self sign-up on: the person is in no HR file yet. */
    Employee(String employeeId, String fullName, String email, String timeZone) {
        this.employeeId = employeeId;
        this.fullName = fullName;
        this.email = email;
        this.employeeType = EmployeeType.REGULAR;
        this.timeZone = timeZone;
        this.active = true;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public EmployeeType getEmployeeType() {
        return employeeType;
    }

    public String getSite() {
        return site;
    }

    public String getCountry() {
        return country;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getBusinessLine() {
        return businessLine;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getJobFamily() {
        return jobFamily;
    }

    public Integer getLevel() {
        return level == null ? null : (int) level;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public String getManagerId() {
        return managerId;
    }

    public String getLanguages() {
        return languages;
    }

    public boolean isActive() {
        return active;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }
}
