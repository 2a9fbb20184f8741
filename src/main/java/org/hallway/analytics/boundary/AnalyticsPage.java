package org.hallway.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hallway.analytics.control.SessionAnalytics;
import org.hallway.analytics.control.Table;
import org.hallway.analytics.control.Tables;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Pages;

/**
 * The organisers' analytics of one event (admin/analytics.xhtml?event=&amp;sort=&amp;desc=): the
 * event, every session (sortable), every networking session; each table downloadable as CSV.
 */
@Named
@RequestScoped
public class AnalyticsPage extends OrganiserEventPage {

    @Inject
    Analytics analytics;

    private String sort;
    private boolean desc;
    private Analytics.Report report;

    public void load() {
        if (!findEvent()) {
            return;
        }
        report = analytics.report(slug, SessionAnalytics.Sort.of(sort), desc).orElse(null);
        if (report == null) { // deleted since
            Pages.notFound(FacesContext.getCurrentInstance());
        }
    }

    public Analytics.Report getReport() {
        return report;
    }

    public Table getEventTable() {
        return Tables.event(report.figures());
    }

    public Table getRegistrationsTable() {
        return Tables.registrations(report.figures());
    }

    public Table getSessionsTable() {
        return Tables.sessions(report.sessions());
    }

    public Table getNetworkingTable() {
        return Tables.networking(report.networking());
    }

    public List<Table> getTables() {
        return List.of(getEventTable(), getRegistrationsTable(), getSessionsTable(), getNetworkingTable());
    }

    /** Whether a header's sort link sorts descending next: a second click on the current column flips it. */
    public boolean nextDesc(String key) {
        return SessionAnalytics.Sort.of(key) == SessionAnalytics.Sort.of(sort)
                ? !desc
                : !"name".equals(key) && !"start".equals(key);
    }

    public String sortState(String key) {
        if (key == null || SessionAnalytics.Sort.of(key) != SessionAnalytics.Sort.of(sort)) {
            return "none";
        }
        return desc ? "descending" : "ascending";
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }
}
