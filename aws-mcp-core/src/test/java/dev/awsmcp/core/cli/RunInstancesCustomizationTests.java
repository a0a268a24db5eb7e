package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * ec2 run-instances' simple network arguments, default counts and the NetworkInterfaces fix-up;
 * expected values from awscli 1.45.11 after botocore's before-parameter-build handlers (without
 * the ClientToken botocore generates).
 */
class RunInstancesCustomizationTests {
  @Test
  void associatePublicIpMovesSubnetGroupsAndPrivateIpIntoTheInterface() {
    assertParams("aws ec2 run-instances --image-id ami-1 --subnet-id subnet-1 --security-group-ids sg-1 sg-2"
            + " --associate-public-ip-address --private-ip-address 10.0.0.5 --count 2:3",
        "{\"ImageId\": \"ami-1\", \"MaxCount\": 3, \"MinCount\": 2, \"NetworkInterfaces\": [{\"AssociatePublicIpAddress\": true,"
            + " \"DeviceIndex\": 0, \"Groups\": [\"sg-1\", \"sg-2\"], \"PrivateIpAddresses\": [{\"Primary\": true,"
            + " \"PrivateIpAddress\": \"10.0.0.5\"}], \"SubnetId\": \"subnet-1\"}]}");
  }

  @Test
  void secondaryAddressesAndCount() {
    assertParams("aws ec2 run-instances --image-id ami-1 --secondary-private-ip-addresses 10.0.0.6 10.0.0.7"
            + " --secondary-private-ip-address-count 2 --no-associate-public-ip-address --ipv6-address-count 1",
        "{\"ImageId\": \"ami-1\", \"MaxCount\": 1, \"MinCount\": 1, \"NetworkInterfaces\": [{\"AssociatePublicIpAddress\": false,"
            + " \"DeviceIndex\": 0, \"Ipv6AddressCount\": 1, \"PrivateIpAddresses\": [{\"Primary\": false, \"PrivateIpAddress\":"
            + " \"10.0.0.6\"}, {\"Primary\": false, \"PrivateIpAddress\": \"10.0.0.7\"}], \"SecondaryPrivateIpAddressCount\": 2}]}");
    assertRejected("aws ec2 run-instances --image-id ami-1 --secondary-private-ip-address-count x", ErrorCode.INVALID_TYPE,
        "argument --secondary-private-ip-address-count: invalid int value: 'x'");
  }

  @Test
  void noAssociateMayJoinNetworkInterfacesAssociateMayNot() {
    assertParams("aws ec2 run-instances --image-id ami-1 --network-interfaces DeviceIndex=0,SubnetId=s"
            + " --no-associate-public-ip-address --subnet-id subnet-9",
        "{\"ImageId\": \"ami-1\", \"MaxCount\": 1, \"MinCount\": 1, \"NetworkInterfaces\": [{\"AssociatePublicIpAddress\": false,"
            + " \"DeviceIndex\": 0, \"SubnetId\": \"subnet-9\"}]}");
    assertRejected("aws ec2 run-instances --image-id ami-1 --network-interfaces DeviceIndex=0,SubnetId=s --associate-public-ip-address",
        ErrorCode.UNEXPECTED_ARGUMENT, "Mixing the --network-interfaces option with the simple, scalar options is not supported.");
  }

  @Test
  void countsDefaultAfterTheInputDocument() {
    // botocore's set_default_count runs after --cli-input-json is merged.
    assertParams("aws ec2 run-instances --image-id ami-1 --cli-input-json '{\"MinCount\": 2, \"MaxCount\": 4}'",
        "{\"ImageId\": \"ami-1\", \"MaxCount\": 4, \"MinCount\": 2}");
  }
}
