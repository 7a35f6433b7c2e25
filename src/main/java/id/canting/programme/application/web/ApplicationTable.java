package id.canting.programme.application.web;

import org.springframework.stereotype.Component;

import id.canting.programme.application.internal.ApplicationSummary;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.table.TableDefinition;

/** The applications queue as a file, with the page's columns: province names, status labels, rupiah as numbers. */
@Component
class ApplicationTable {

	final TableDefinition<ApplicationSummary> definition;

	ApplicationTable(Regions regions) {
		definition = TableDefinition.<ApplicationSummary>of("applications", "programme.application.queue.title")
			.number("programme.application.col.application", ApplicationSummary::id)
			.text("programme.application.col.applicant", ApplicationSummary::applicantName)
			.text("programme.application.col.programme", ApplicationSummary::programmeName)
			.label("programme.field.type", "programme.type.", ApplicationSummary::programmeType)
			.number("programme.field.year", ApplicationSummary::programmeYear)
			.text("field.province", a -> regions.province(a.provinceCode()).map(Province::displayName)
				.orElse(a.provinceCode()))
			.label("field.status", "programme.application.status.", ApplicationSummary::status)
			.number("programme.application.field.requestedIdr", ApplicationSummary::requestedIdr)
			.number("programme.application.field.approvedIdr", ApplicationSummary::approvedIdr)
			.dateTime("programme.application.field.submitted", ApplicationSummary::submittedAt)
			.dateTime("field.updatedAt", ApplicationSummary::updatedAt);
	}
}
