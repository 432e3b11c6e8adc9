package se.accessiblenav.server.help;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import se.accessiblenav.server.system.NavigationProperties;

/** E-mail over SMTP ({@code spring.mail.host}, {@code spring.mail.port}, ...), from {@code navigation.help.from}. */
@Component
class EmailChannel implements HelpChannel {
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mail, NavigationProperties properties) {
        this.mail = mail;
        this.from = properties.help().from();
    }

    @Override
    public String name() {
        return "e-mail";
    }

    @Override
    public boolean reaches(NavigationProperties.Contact contact) {
        return !contact.email().isEmpty();
    }

    @Override
    public void send(NavigationProperties.Contact contact, HelpMessage message) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) throw new NotSetUp("e-mail is not set up on the server (spring.mail.host)");
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(contact.email());
        email.setSubject(
                message.event().equals("cancelled") ? message.who() + " no longer needs help" : message.subject());
        email.setText(
                message.event().equals("cancelled")
                        ? message.who() + " has cancelled the call for help.\n"
                        : message.text());
        sender.send(email);
    }
}
