package id.canting.programme.application.web;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * What a programme's page offers the visitor about applying, so it does not offer "apply" and then
 * refuse a second application: the owner's existing applications ("continue" a draft or one
 * returned for correction, "view" one sent), and the apply button only while one of their businesses
 * has none. The catalogue's page calls it as {@code @applyOffers} (the catalogue does not know
 * applications; this room builds on it, not the other way round).
 */
@Component("applyOffers")
public class ApplyOffers {

	private final ApplicationManagement applications;
	private final ProgrammeManagement programmes;

	ApplyOffers(ApplicationManagement applications, ProgrammeManagement programmes) {
		this.applications = applications;
		this.programmes = programmes;
	}

	/** The offer for this actor on this programme; {@code mayApply} is the catalogue's answer for the call. */
	public Offer of(Actor actor, String programmeCode, boolean mayApply) {
		if (actor == null || actor.role() != Role.IKM_OWNER) {
			return new Offer(List.of(), mayApply);
		}
		Programme programme = programmes.programme(actor, programmeCode);
		List<OwnApplication> own = applications.ownApplications(actor, programme.id()).stream()
			.map(OwnApplication::of).toList();
		return new Offer(own, mayApply && own.size() < actor.ikmIds().size());
	}

	/** The owner's applications to show, and whether to offer a new one. */
	public record Offer(List<OwnApplication> own, boolean apply) {
	}

	/** One of the owner's applications to the programme, as the programme page mentions it. */
	public record OwnApplication(long id, String applicantName, String status, boolean editable, Instant submittedAt) {

		static OwnApplication of(Application a) {
			return new OwnApplication(a.id().value(), a.applicantName(), a.status().name(), a.status().isEditable(),
					a.submittedAt());
		}
	}
}
