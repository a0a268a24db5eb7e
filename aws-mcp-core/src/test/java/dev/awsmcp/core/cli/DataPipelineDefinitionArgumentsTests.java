package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** datapipeline's definition and parameter arguments; expected values from awscli 1.45.11 (files in {@link CustomizationCases#FILES}). */
class DataPipelineDefinitionArgumentsTests {
  @Test
  void definitionFileBecomesObjectsParametersAndValues() {
    assertParams("aws datapipeline put-pipeline-definition --pipeline-id df-1 --pipeline-definition file://pipeline.json",
        "{\"parameterObjects\": [{\"attributes\": [{\"key\": \"description\", \"stringValue\": \"Input folder\"}, {\"key\": \"type\", \"stringValue\": \"AWS::S3::ObjectKey\"}], \"id\": \"myS3Input\"}], \"parameterValues\": [{\"id\": \"myS3Input\", \"stringValue\": \"s3://bucket/in\"}, {\"id\": \"myList\", \"stringValue\": \"x\"}, {\"id\": \"myList\", \"stringValue\": \"y\"}], \"pipelineId\": \"df-1\", \"pipelineObjects\": [{\"fields\": [{\"key\": \"failureAndRerunMode\", \"stringValue\": \"CASCADE\"}, {\"key\": \"scheduleType\", \"stringValue\": \"ondemand\"}], \"id\": \"Default\", \"name\": \"Default\"}, {\"fields\": [{\"key\": \"directoryPath\", \"stringValue\": \"#{myS3Input}\"}, {\"key\": \"schedule\", \"refValue\": \"Default\"}, {\"key\": \"tags\", \"stringValue\": \"a\"}, {\"key\": \"tags\", \"stringValue\": \"b\"}, {\"key\": \"type\", \"stringValue\": \"S3DataNode\"}], \"id\": \"S3Input\", \"name\": \"S3Input\"}]}");
  }

  @Test
  void givenParametersAndValuesWinOverTheDefinitions() {
    assertParams("aws datapipeline put-pipeline-definition --pipeline-id df-1 --pipeline-definition file://pipeline.json --parameter-objects file://params.json --parameter-values myS3Input=s3://x myS3Input=s3://y k=v=w",
        "{\"parameterObjects\": [{\"attributes\": [{\"key\": \"default\", \"stringValue\": \"d\"}, {\"key\": \"type\", \"stringValue\": \"String\"}], \"id\": \"p1\"}], \"parameterValues\": [{\"id\": \"myS3Input\", \"stringValue\": \"s3://x\"}, {\"id\": \"myS3Input\", \"stringValue\": \"s3://y\"}, {\"id\": \"k\", \"stringValue\": \"v=w\"}], \"pipelineId\": \"df-1\", \"pipelineObjects\": [{\"fields\": [{\"key\": \"failureAndRerunMode\", \"stringValue\": \"CASCADE\"}, {\"key\": \"scheduleType\", \"stringValue\": \"ondemand\"}], \"id\": \"Default\", \"name\": \"Default\"}, {\"fields\": [{\"key\": \"directoryPath\", \"stringValue\": \"#{myS3Input}\"}, {\"key\": \"schedule\", \"refValue\": \"Default\"}, {\"key\": \"tags\", \"stringValue\": \"a\"}, {\"key\": \"tags\", \"stringValue\": \"b\"}, {\"key\": \"type\", \"stringValue\": \"S3DataNode\"}], \"id\": \"S3Input\", \"name\": \"S3Input\"}]}");
  }

  @Test
  void inlineValuesAndValuesUri() {
    assertParams("aws datapipeline activate-pipeline --pipeline-id df-1 --parameter-values myS3Input=s3://x other=1",
        "{\"parameterValues\": [{\"id\": \"myS3Input\", \"stringValue\": \"s3://x\"}, {\"id\": \"other\", \"stringValue\": \"1\"}], \"pipelineId\": \"df-1\"}");
    assertParams("aws datapipeline activate-pipeline --pipeline-id df-1 --parameter-values-uri file://values.json",
        "{\"parameterValues\": [{\"id\": \"myS3Input\", \"stringValue\": \"s3://other/in\"}], \"pipelineId\": \"df-1\"}");
    assertRejected("aws datapipeline put-pipeline-definition --pipeline-id df-1 --pipeline-definition file://pipeline.json --parameter-values-uri file://values.json", ErrorCode.UNEXPECTED_ARGUMENT,
        "Only parameter-values or parameter-values-uri is allowed");
    assertRejected("aws datapipeline activate-pipeline --pipeline-id df-1 --parameter-values a=b --parameter-values-uri file://values.json", ErrorCode.UNEXPECTED_ARGUMENT,
        "Only parameter-values or parameter-values-uri is allowed");
    assertRejected("aws datapipeline activate-pipeline --pipeline-id df-1 --parameter-values novalue", ErrorCode.INVALID_SHORTHAND,
        "Invalid inline parameter format: novalue");
  }

  @Test
  void definitionErrors() {
    assertRejected("aws datapipeline put-pipeline-definition --pipeline-id df-1 --pipeline-definition '{\"objects\": [{\"name\": \"x\"}]}'", ErrorCode.INVALID_TYPE,
        "Error in pipeline definition: Missing \"id\" key of element: {\"name\": \"x\"}");
    assertRejected("aws datapipeline put-pipeline-definition --pipeline-id df-1 --pipeline-definition '{}'", ErrorCode.INVALID_TYPE,
        "Error in pipeline definition: Missing \"objects\" key");
  }
}
