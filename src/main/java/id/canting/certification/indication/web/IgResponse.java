package id.canting.certification.indication.web;

import java.time.LocalDate;
import java.util.List;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.internal.IgDescription;
import id.canting.certification.indication.internal.IgListedMember;
import id.canting.certification.IgStage;
import id.canting.region.Regions;

/**
 * A geographical indication as the public API shows it: no personal data (members are IKM, by their
 * business name and regency). {@code regencies} are the codes (as a request sends them back),
 * {@code areas} the same with their names. {@code members} are those the reader may see: for the
 * public only active, verified IKM; ministry staff and officers see the others of their scope too,
 * with each member's registry {@code status} and whether it is {@code verified}.
 */
record IgResponse(long id, String slug, String name, String product, String applicant, List<String> regencies,
		List<Area> areas,
		IgDescription description, IgStage stage, List<StageDate> stages, String registrationNumber,
		List<Member> members, int version) {

	record Area(String code, String name) {
	}

	record StageDate(IgStage stage, LocalDate reachedOn) {
	}

	record Member(long ikmId, String name, String regencyCode, LocalDate joinedOn, String status, boolean verified) {
	}

	static IgResponse of(GeographicalIndication ig, List<IgListedMember> members, Regions regions) {
		return new IgResponse(ig.id(), ig.slug(), ig.name(), ig.product(), ig.applicant(), ig.regencyCodes(),
				ig.regencyCodes().stream()
					.map(c -> new Area(c, regions.regency(c).map(r -> r.name()).orElse(null)))
					.toList(),
				ig.description(), ig.stage(),
				ig.stages().entrySet().stream().map(e -> new StageDate(e.getKey(), e.getValue())).toList(),
				ig.registrationNumber(),
				members.stream()
					.map(m -> new Member(m.ikmId(), m.ikmName(), m.regencyCode(), m.joinedOn(), m.status().name(),
							m.verified()))
					.toList(),
				ig.version());
	}
}
