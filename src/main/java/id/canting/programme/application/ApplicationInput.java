package id.canting.programme.application;

/**
 * An application as a form or a client sends it: the applicant (an IKM for an IKM programme, a
 * sentra for a sentra programme), what it asks for and the amount (IDR) it estimates, and whether to
 * submit it at once rather than keep it as a draft.
 */
public record ApplicationInput(Long ikmId, Long sentraId, String proposal, Long requestedIdr, boolean submit) {
}
