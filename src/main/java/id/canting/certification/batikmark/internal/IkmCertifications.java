package id.canting.certification.batikmark.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.GeographicalIndications;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;

/**
 * What the certification module knows of one IKM, for its page in the registry: its Batikmark
 * certificates (public fields only, as the public register shows them) and the geographical
 * indications it may use.
 */
@Service
@Transactional(readOnly = true)
public class IkmCertifications {

	private final JdbcClient jdbc;
	private final GeographicalIndications indications;

	IkmCertifications(JdbcClient jdbc, GeographicalIndications indications) {
		this.jdbc = jdbc;
		this.indications = indications;
	}

	/** The IKM's certificates, newest first. */
	public List<CertificateLine> certificatesOf(IkmId ikmId) {
		return jdbc.sql("""
				select number, brand, technique, issued_on, valid_until, status, province_code from certificate
				where ikm_id = :ikm order by issued_on desc, number desc""")
			.param("ikm", ikmId.value())
			.query((rs, n) -> {
				Technique technique = Technique.valueOf(rs.getString("technique"));
				return new CertificateLine(rs.getString("number"), rs.getString("brand"), technique,
						LabelColour.of(technique), rs.getObject("issued_on", LocalDate.class),
						rs.getObject("valid_until", LocalDate.class), CertificateStatus.valueOf(rs.getString("status")),
						rs.getString("province_code"));
			})
			.list();
	}

	/** The geographical indications the IKM may use, by name. */
	public List<GeographicalIndication> indicationsOf(IkmId ikmId) {
		return indications.ofIkm(ikmId);
	}

	/** One certificate as an IKM's page lists it. */
	public record CertificateLine(String number, String brand, Technique technique, LabelColour labelColour,
			LocalDate issuedOn, LocalDate validUntil, CertificateStatus status, String provinceCode) {
	}
}
