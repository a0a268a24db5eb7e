package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** cloudwatch put-metric-data's scalar arguments; expected values from awscli 1.45.11. */
class PutMetricDataCustomizationTests {
  @Test
  void scalarArgumentsFillTheFirstMetricDatum() {
    assertParams("aws cloudwatch put-metric-data --metric-name Buffers --namespace MyNameSpace --unit Bytes --value 231434333"
            + " --dimensions InstanceID=1-23456789,InstanceType=m1.small",
        "{\"MetricData\": [{\"Dimensions\": [{\"Name\": \"InstanceID\", \"Value\": \"1-23456789\"}, {\"Name\": \"InstanceType\","
            + " \"Value\": \"m1.small\"}], \"MetricName\": \"Buffers\", \"Unit\": \"Bytes\", \"Value\": 231434333}],"
            + " \"Namespace\": \"MyNameSpace\"}");
    assertParams("aws cloudwatch put-metric-data --namespace N --metric-name PageViews --value 1.50 --timestamp 2024-01-01T12:00:00Z"
            + " --storage-resolution 1 --dimensions 'Page=\"a,b\",Env=prod'",
        "{\"MetricData\": [{\"Dimensions\": [{\"Name\": \"Page\", \"Value\": \"a,b\"}, {\"Name\": \"Env\", \"Value\": \"prod\"}],"
            + " \"MetricName\": \"PageViews\", \"StorageResolution\": 1, \"Timestamp\": \"2024-01-01T12:00:00Z\", \"Value\": 1.5}],"
            + " \"Namespace\": \"N\"}");
    assertParams("aws cloudwatch put-metric-data --namespace N --metric-name Latency"
            + " --statistic-values Sum=11.5,Minimum=2,Maximum=5,SampleCount=3 --unit Milliseconds",
        "{\"MetricData\": [{\"MetricName\": \"Latency\", \"StatisticValues\": {\"Maximum\": 5, \"Minimum\": 2, \"SampleCount\": 3,"
            + " \"Sum\": 11.5}, \"Unit\": \"Milliseconds\"}], \"Namespace\": \"N\"}");
  }

  @Test
  void numbersAreReadAsPythonDecimalAndInt() {
    assertParams("aws cloudwatch put-metric-data --namespace N --storage-resolution ' 1_0 ' --value ' 1_000.5e1 '",
        "{\"MetricData\": [{\"StorageResolution\": 10, \"Value\": 10005}], \"Namespace\": \"N\"}");
    assertRejected("aws cloudwatch put-metric-data --namespace N --metric-name M --value abc", ErrorCode.INVALID_TYPE,
        "decimal.ConversionSyntax");
    assertRejected("aws cloudwatch put-metric-data --namespace N --storage-resolution x", ErrorCode.INVALID_TYPE,
        "invalid literal for int() with base 10: 'x'");
  }

  @Test
  void storageResolutionMayJoinMetricDataTheOthersMayNot() {
    assertParams("aws cloudwatch put-metric-data --namespace N --metric-data MetricName=x,Value=1 --storage-resolution 60",
        "{\"MetricData\": [{\"MetricName\": \"x\", \"StorageResolution\": 60, \"Value\": 1.0}], \"Namespace\": \"N\"}");
    assertRejected("aws cloudwatch put-metric-data --namespace N --metric-data MetricName=x,Value=1 --unit Count",
        ErrorCode.UNEXPECTED_ARGUMENT,
        "The key \"unit\" cannot be specified when one of the following keys are also specified: metric_data");
  }

  @Test
  void dimensionsArePairs() {
    assertRejected("aws cloudwatch put-metric-data --namespace N --metric-name M --dimensions a", ErrorCode.INVALID_TYPE,
        "not enough values to unpack (expected 2, got 1)");
    assertRejected("aws cloudwatch put-metric-data --namespace N --dimensions a=b=c", ErrorCode.INVALID_TYPE,
        "too many values to unpack (expected 2)");
  }
}
