/**
 * The registry's events: what happened to an IKM, a sentra, an owner's proposed change or a semester
 * report, with ids and values only. Other modules (audit) listen to them; a named interface of its
 * own so that the module's root stays a readable list of its facades and values.
 */
@org.springframework.modulith.NamedInterface("events")
package id.canting.registry.events;
