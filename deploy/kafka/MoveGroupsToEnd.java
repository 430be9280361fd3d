import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Commits, for each given consumer group, the current end offset of every partition of the given topics: the
 * services' consumers then start after everything already on the topics. Used when the local stack starts
 * from empty databases (demo, system tests), so that events of earlier runs and of the component tests, which
 * share the broker, do not flow into the fresh databases. The groups must have no active members (services
 * stopped). Run by deploy/kafka.sh in source-file mode:
 *
 * <pre>java -cp '.run/kafka/lib/*' deploy/kafka/MoveGroupsToEnd.java 127.0.0.1:9092 group1,group2 topic1 topic2 ...</pre>
 */
public class MoveGroupsToEnd {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: MoveGroupsToEnd <bootstrap> <group,...> <topic>...");
            System.exit(64);
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(p)) {
            List<String> topics = List.of(args).subList(2, args.length);
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            described.values().forEach(d -> d.partitions().forEach(
                    pi -> request.put(new TopicPartition(d.name(), pi.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
            for (String group : args[1].split(",")) {
                admin.alterConsumerGroupOffsets(group, ends).all().get();
                System.out.println(group + ": moved to the end of " + topics.size() + " topics (" + ends.size() + " partitions)");
            }
        }
    }
}
