package id.canting.programme.catalogue.web;

/**
 * One of the owner's IKM, to choose which to check (programme page) or which applies (application
 * form); public because both rooms' pages list them.
 */
public record IkmOption(long id, String name) {
}
