import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the given topics if absent, in one JVM (the same as one `TopicCommand --create --if-not-exists`
 * per topic, which costs ~1.5 s of CPU each on a 2-core machine). Run by deploy/kafka.sh in source-file mode:
 *
 * <pre>java -cp '.run/kafka/lib/*' deploy/kafka/EnsureTopics.java 127.0.0.1:9092 topic:partitions ...</pre>
 *
 * Replication factor 1 (single broker). Prints one line per topic: created / exists; warns when an existing
 * topic has a different partition count. Exit 1 on any error.
 */
public class EnsureTopics {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EnsureTopics <bootstrap> <topic:partitions>...");
            System.exit(64);
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int c = args[i].lastIndexOf(':');
            wanted.put(args[i].substring(0, c), Integer.parseInt(args[i].substring(c + 1)));
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 45000);
        int created = 0, existing = 0;
        try (Admin admin = Admin.create(p)) {
            Set<String> present = admin.listTopics().names().get();
            List<NewTopic> toCreate = new ArrayList<>();
            for (Map.Entry<String, Integer> e : wanted.entrySet()) {
                if (!present.contains(e.getKey())) {
                    toCreate.add(new NewTopic(e.getKey(), e.getValue(), (short) 1));
                }
            }
            if (!toCreate.isEmpty()) {
                for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> r : admin.createTopics(toCreate).values().entrySet()) {
                    try {
                        r.getValue().get();
                        created++;
                        System.out.println("created " + r.getKey() + " (" + wanted.get(r.getKey()) + " partitions)");
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("creating " + r.getKey() + " failed: " + ex.getCause(), ex.getCause());
                        }
                    }
                }
            }
            List<String> check = new ArrayList<>(wanted.keySet());
            Map<String, TopicDescription> descriptions = null;
            for (int attempt = 1; descriptions == null; attempt++) {
                try {
                    descriptions = admin.describeTopics(check).allTopicNames().get();
                } catch (ExecutionException ex) {
                    // metadata of just-created topics can lag a few ms behind the controller
                    if (attempt >= 20) {
                        throw ex;
                    }
                    Thread.sleep(250);
                }
            }
            for (String t : check) {
                int actual = descriptions.get(t).partitions().size();
                if (actual != wanted.get(t)) {
                    System.err.println("WARNING: topic " + t + " has " + actual + " partitions, expected " + wanted.get(t));
                }
            }
            existing = wanted.size() - created;
        }
        System.out.println("summary: " + created + " created, " + existing + " already present");
    }
}
