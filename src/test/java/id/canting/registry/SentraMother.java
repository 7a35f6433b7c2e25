package id.canting.registry;

import java.util.concurrent.atomic.AtomicInteger;

import id.canting.shared.Actor;

/**
 * Test data: a valid sentra, changed only where a test cares, e.g.
 * {@code SentraMother.aSentra().inRegency("33.26").registerWith(sentras)}. By default in Kota
 * Pekalongan, with a code no other sentra built here has.
 */
public final class SentraMother {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private String code;
	private String name = "Sentra Batik Kauman";
	private String regencyCode = "33.75";
	private String address = "Kampung Batik Kauman";
	private Integer yearEstablished = 2008;
	private String revitalisation = null;
	private Integer revitalisationYear = null;
	private String notes = null;

	private SentraMother() {
	}

	public static SentraMother aSentra() {
		return new SentraMother();
	}

	public SentraMother withCode(String code) {
		this.code = code;
		return this;
	}

	public SentraMother named(String name) {
		this.name = name;
		return this;
	}

	public SentraMother inRegency(String regencyCode) {
		this.regencyCode = regencyCode;
		return this;
	}

	public SentraInput build() {
		String theCode = code != null ? code : "STR-" + regencyCode + "-T" + NEXT.getAndIncrement();
		return new SentraInput(theCode, name, regencyCode, address, yearEstablished, revitalisation,
				revitalisationYear, notes);
	}

	/** Registers the sentra as an admin (who may register in any province). */
	public Sentra registerWith(SentraManagement sentras) {
		return sentras.register(Actor.SYSTEM, build());
	}
}
