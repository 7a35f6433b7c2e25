package id.canting.programme.participation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ParticipantId;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.participation.internal.AttendanceCertificate.AttendedSession;
import id.canting.programme.participation.internal.AttendanceRule.AttendanceStanding;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.RuleRefusedException;

/**
 * Certificates of attendance: issued to a participant who attended at least the share of sessions
 * {@link AttendanceRule} requires, for admins, the officer of the participant's province and the
 * owner of their IKM. Made on request from the attendance as it stands, so it never disagrees with it.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceCertificates {

	private final ProgrammeParticipants participants;
	private final ProgrammeSessionRepository sessions;
	private final ProgrammeManagement programmes;
	private final Regions regions;
	private final CertificatePdf pdf;

	AttendanceCertificates(ProgrammeParticipants participants, ProgrammeSessionRepository sessions,
			ProgrammeManagement programmes, Regions regions, CertificatePdf pdf) {
		this.participants = participants;
		this.sessions = sessions;
		this.programmes = programmes;
		this.regions = regions;
		this.pdf = pdf;
	}

	/**
	 * The certificate of a participant who earned one.
	 *
	 * @throws RuleRefusedException saying the attendance and the rule, when it is below the rule
	 */
	public AttendanceCertificate certificate(Actor actor, String code, ParticipantId id) {
		Participant participant = participants.participant(actor, code, id);
		Programme programme = participants.gathering(actor, code);
		List<ProgrammeSession> all = sessions.findByProgramme(programme.id().value());
		LocalDate today = programmes.today();
		AttendanceStanding standing = participant.standing(all, today);
		standing.requireCertificate();
		EnrolledIkm ikm = participant.ikm();
		return new AttendanceCertificate(participant.certificateNumber(programme.code()), participant.name(),
				ikm.name(), ikm.kind(), regions.regency(ikm.regencyCode()).map(r -> Province.displayName(r.name())).orElse(ikm.regencyCode()),
				regions.province(ikm.provinceCode()).map(Province::displayName).orElse(ikm.provinceCode()),
				programme.code(), programme.name(), programme.details().organiser(), programme.year(),
				participant.sessionsAttended(all, today).stream()
					.map(s -> new AttendedSession(s.number(), s.heldOn(), s.topic()))
					.toList(),
				standing, today);
	}

	/** The certificate as a one-page A4 landscape PDF, in Bahasa Indonesia or English. */
	public byte[] pdf(AttendanceCertificate certificate, Locale language) {
		return pdf.render(certificate, language);
	}
}
