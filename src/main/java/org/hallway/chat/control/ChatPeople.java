package org.hallway.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.chat.entity.ChatMessage;

/** Maps stored messages to lines with their senders, reading all senders of a page in one query. */
@ApplicationScoped
public class ChatPeople {

    @PersistenceContext
    EntityManager em;

    public Map<Long, Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, Person::of, (a, b) -> a));
    }

    public List<ChatLine> lines(List<ChatMessage> messages) {
        Map<Long, Person> people =
                people(messages.stream().map(ChatMessage::getSenderId).collect(Collectors.toSet()));
        return messages.stream()
                .map(m -> ChatLine.of(m, people.get(m.getSenderId())))
                .toList();
    }

    public ChatLine line(ChatMessage message) {
        return lines(List.of(message)).get(0);
    }

    public Person person(long id) {
        return people(List.of(id)).get(id);
    }
}
