/**
 * Program-manager dashboards, reports and exports.
 * <p>
 * The one module that reads other modules' tables (and the engine's {@code act_*} tables) directly: its figures,
 * attention lists and overview cube aggregate over all people, mentorships and circles at once, which no module's
 * service can answer without loading everything. It only reads them; it writes only its own tables
 * ({@code overview_cube}, {@code overview_cube_refresh}). Every other module keeps to its own tables, which
 * {@code TablesStayInTheirModuleTest} checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package com.mentorflow.insights;
