package id.canting.registry.web.sentra;

import id.canting.registry.SentraInput;

/** A sentra as the API receives it; read-only fields of the response are ignored. */
record SentraRequest(String code, String name, String regencyCode, String address, Integer yearEstablished,
		String revitalisation, Integer revitalisationYear, String notes, Integer version) {

	SentraInput toInput() {
		return new SentraInput(code, name, regencyCode, address, yearEstablished, revitalisation, revitalisationYear,
				notes);
	}
}
