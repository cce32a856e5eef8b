package io.github.rectrack.engine.view;

import io.github.rectrack.model.Person;
import io.github.rectrack.model.Register;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The register's people indexed by id, built once per view so that each look-up is constant time. */
final class People {

    private final Map<String, Person> byId;

    People(Register register) {
        byId = new HashMap<>(register.people().size() * 2);
        for (Person person : register.people()) {
            byId.putIfAbsent(person.id(), person);
        }
    }

    Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The person's name, or the id itself if the register has no such person. */
    String name(String id) {
        Person person = byId.get(id);
        return person == null ? id : person.name();
    }

    Optional<String> role(String id) {
        Person person = byId.get(id);
        return person == null ? Optional.empty() : person.role();
    }
}
