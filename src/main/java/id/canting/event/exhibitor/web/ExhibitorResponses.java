package id.canting.event.exhibitor.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import id.canting.certification.BatikmarkStanding;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.event.exhibitor.internal.Applicant;
import id.canting.event.exhibitor.internal.BoothNeed;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/** What {@code /api/v1} returns for exhibitor applications, proposals and the public exhibitor list. */
final class ExhibitorResponses {

	private ExhibitorResponses() {
	}

	/** An application as its owner, the province's officers and curators read it. */
	record ExhibitorApplicationView(long id, String eventCode, long ikmId, String ikmName, String provinceCode, String regencyCode,
			String sentraName, IkmKind ikmKind, String products, Set<ProductCategory> categories, Set<Technique> techniques,
			BatikmarkStanding batikmark, Set<BoothNeed> boothNeeds, String boothNotes, ExhibitorStatus status,
			String declineReason, BigDecimal score, String booth, int version) {

		static ExhibitorApplicationView of(ExhibitorApplication a) {
			return new ExhibitorApplicationView(a.id().value(), a.eventCode(), a.ikmId(), a.ikmName(), a.provinceCode(), a.regencyCode(),
					a.sentraName(), a.ikmKind(), a.products(), a.categories(), a.techniques(), a.batikmark(), a.boothNeeds(),
					a.boothNotes(), a.status(), a.declineReason(), a.score(), a.booth(), a.version());
		}
	}

	/** One selected applicant of a proposal. */
	record Selected(long applicationId, String ikmName, String provinceCode, String sentraName, boolean prisonUnit,
			boolean previousEdition, double score, Set<ProductCategory> categories) {

		static Selected of(Applicant a) {
			return new Selected(a.id(), a.ikmName(), a.provinceCode(), a.sentraName(), a.prisonUnit(), a.previousEdition(),
					a.score(), a.categories());
		}
	}

	/** An applicant left out, with the reason in words and as a code. */
	record LeftOut(long applicationId, String ikmName, double score, String reasonCode, String reason) {
	}

	/**
	 * A proposal: {@code optimal} is true only when the solver proved it, {@code bound} the best total it
	 * proved possible (equal to {@code totalScore} when optimal); {@code unscored} endorsed applications
	 * without a score took no part.
	 */
	record Proposal(List<Selected> selected, double totalScore, boolean optimal, double bound, String solverStatus,
			long millis, int unscored, List<LeftOut> leftOut) {
	}

	/** A broken constraint of a selection, in words. */
	record Violation(String constraint, String message) {
	}

	/** The result of a check: empty {@code violations} means it may be published. */
	record Check(List<Violation> violations) {
	}

	/** One exhibitor on the public list: no personal data. */
	record PublicExhibitor(String ikmName, String provinceCode, String province, String regencyCode, String regency,
			Set<ProductCategory> categories, List<String> categoryLabels, BatikmarkStanding batikmark, String batikmarkLabel,
			String booth) {
	}
}
